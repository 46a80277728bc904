namespace Graph.Storage.Sqlite;

/// <summary>
/// Ranks the papers on any of several posting lists by the summed weight of the lists they are on, and returns the
/// best few, without reading every list through. The lists are walked together in id order (a merge that skips
/// ahead, after WAND): once the page holds its papers, a paper must beat the worst of them, so only ids that
/// enough lists can still reach are looked at, and the walk stops as soon as no paper can. The work grows with the
/// papers on the lists that decide the page, never with the graph; a page of papers on the most popular benchmark
/// reads a few batches of its list.
/// </summary>
/// <remarks>
/// Two orders: highest score first, then ids ascending (lists read ascending); or lowest score first, then ids
/// descending (lists read descending), which is the first order read backwards. Ties go to the id read first. An
/// optional keyset position keeps only the papers after it in the order.
/// </remarks>
internal static class SqliteTopSharing
{
    /// <summary>A paper, its score and the keys of the lists it is on, in list order.</summary>
    public sealed record Ranked(string PaperId, double Score, IReadOnlyList<string> Keys);

    /// <summary>The first <paramref name="count"/> papers in the order, after <paramref name="after"/> if given.</summary>
    /// <param name="lists">Posting lists read in the order's id direction (descending when <paramref name="lowestFirst"/>).</param>
    /// <param name="count">How many papers to return.</param>
    /// <param name="lowestFirst">Lowest score first (ids descending) instead of highest first (ids ascending).</param>
    /// <param name="after">A position in the order: only papers after it are returned.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static async Task<List<Ranked>> TopAsync(
        IReadOnlyList<SqlitePostingList> lists,
        int count,
        bool lowestFirst,
        (double Score, string PaperId)? after,
        CancellationToken cancellationToken)
    {
        var best = new List<Ranked>(count + 1);
        if (count == 0 || lists.Count == 0)
        {
            return best;
        }

        foreach (var list in lists)
        {
            await list.StartAsync(cancellationToken);
        }

        var order = lists[0];
        var active = new List<SqlitePostingList>(lists.Count);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            active.Clear();
            active.AddRange(lists.Where(l => l.Head is not null));
            if (active.Count == 0)
            {
                break;
            }

            active.Sort((a, b) => order.Compare(a.Head, b.Head));
            var full = best.Count == count;
            var worst = full ? best[^1].Score : 0;
            if (full && CannotImprove(worst, active, lowestFirst, after))
            {
                break;
            }

            var pivot = Pivot(active, full, worst, lowestFirst, after);
            if (pivot < 0)
            {
                break;
            }

            var pivotId = active[pivot].Head!;
            if (order.Compare(active[0].Head, pivotId) != 0)
            {
                // The lists behind the pivot cannot make any id before it reach the needed score: skip them ahead.
                for (var i = 0; i < pivot; i++)
                {
                    await active[i].SeekAsync(pivotId, cancellationToken);
                }

                continue;
            }

            foreach (var list in active)
            {
                await list.SeekAsync(pivotId, cancellationToken);
            }

            var on = active.Where(l => l.Head == pivotId).ToList();
            var score = on.Sum(l => l.Weight);
            if (IsAfter(score, pivotId, order, lowestFirst, after) && (!full || Beats(score, worst, lowestFirst)))
            {
                Insert(best, new Ranked(pivotId, score, on.Select(l => l.Key).ToList()), count, lowestFirst);
            }

            foreach (var list in on)
            {
                await list.NextAsync(cancellationToken);
            }
        }

        return best;
    }

    /// <summary>
    /// The index (in head order) of the first list whose head could be the next paper worth scoring: the lists up
    /// to it together weigh enough. -1 when no remaining paper can weigh enough.
    /// </summary>
    private static int Pivot(
        List<SqlitePostingList> active, bool full, double worst, bool lowestFirst, (double Score, string PaperId)? after)
    {
        // Highest first: a paper must beat the worst of a full page. Lowest first: it must reach the position's score.
        var sum = 0.0;
        for (var i = 0; i < active.Count; i++)
        {
            sum += active[i].Weight;
            var enough = lowestFirst
                ? after is null || sum >= after.Value.Score
                : !full || sum > worst;
            if (enough)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when no paper still on the lists can enter a full page.</summary>
    private static bool CannotImprove(
        double worst, List<SqlitePostingList> active, bool lowestFirst, (double Score, string PaperId)? after)
    {
        if (lowestFirst)
        {
            // Every paper weighs at least its lightest list, and nothing before the position is wanted.
            return worst <= active.Min(l => l.Weight) || (after is not null && worst <= after.Value.Score);
        }

        // No paper weighs more than all lists together, and nothing heavier than the position is wanted.
        return worst >= active.Sum(l => l.Weight) || (after is not null && worst >= after.Value.Score);
    }

    private static bool Beats(double score, double worst, bool lowestFirst) =>
        lowestFirst ? score < worst : score > worst;

    /// <summary>True when the paper comes after the keyset position in the order (ties broken by read order).</summary>
    private static bool IsAfter(
        double score, string paperId, SqlitePostingList order, bool lowestFirst, (double Score, string PaperId)? after)
    {
        if (after is not { } position)
        {
            return true;
        }

        if (score != position.Score)
        {
            return lowestFirst ? score > position.Score : score < position.Score;
        }

        return order.Compare(paperId, position.PaperId) > 0;
    }

    /// <summary>Inserts in order: better scores first, and after every paper of the same score (read earlier).</summary>
    private static void Insert(List<Ranked> best, Ranked paper, int count, bool lowestFirst)
    {
        var at = best.Count;
        while (at > 0 && Beats(paper.Score, best[at - 1].Score, lowestFirst))
        {
            at--;
        }

        best.Insert(at, paper);
        if (best.Count > count)
        {
            best.RemoveAt(best.Count - 1);
        }
    }
}
