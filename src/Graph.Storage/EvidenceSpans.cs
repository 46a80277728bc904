using Graph.Core.Domain;

namespace Graph.Storage;

/// <summary>Whether a piece of evidence still points at its text in a paper.</summary>
internal static class EvidenceSpans
{
    /// <summary>
    /// True when the span is a non-empty range inside its field and <see cref="Evidence.Text"/> is exactly the text
    /// found there (UTF-16 code units, compared ordinally).
    /// </summary>
    public static bool Matches(Paper paper, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(evidence);
        var field = evidence.Field switch
        {
            TextField.Title => paper.Title,
            TextField.Abstract => paper.Abstract,
            _ => null,
        };
        return field is not null && evidence.Text is not null
            && evidence.Start >= 0 && evidence.End > evidence.Start && evidence.End <= field.Length
            && field.AsSpan(evidence.Start, evidence.End - evidence.Start).SequenceEqual(evidence.Text);
    }
}
