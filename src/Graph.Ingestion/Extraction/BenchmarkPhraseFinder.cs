using System.Text.RegularExpressions;

namespace Graph.Ingestion.Extraction;

/// <summary>
/// Finds names that the text itself calls a benchmark or dataset: "the SIMPLER benchmark",
/// "on the ToolBench dataset". Only capitalized or alphanumeric names qualify, never plain words.
/// </summary>
internal static partial class BenchmarkPhraseFinder
{
    [GeneratedRegex(
        @"(?<name>(?:[A-Z][\w.+']*|\d[\w.+]*[A-Za-z][\w.+]*)(?:[ -](?:[A-Z][\w.+']*|\d[\w.+]*))?(?:[ -](?:[A-Z][\w.+']*|\d[\w.+]*))?)[ -](?<noun>benchmark|dataset|corpus|suite|testbed)s?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    // Capitalized words that start a sentence or describe rather than name.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Our", "This", "These", "That", "Those", "We", "New", "Novel", "Existing", "Each", "Every",
        "Several", "Many", "Most", "Some", "Such", "Large", "Small", "Standard", "Public", "Popular", "Other", "Its",
        "Their", "In", "On", "For", "With", "From", "To", "By", "Across", "Both", "All", "Two", "Three", "Four",
        "Five", "Multiple", "Various", "Diverse", "Comprehensive", "Challenging", "Real", "Synthetic", "Extensive",
    };

    // Every phrase ends with one of these nouns; a text without any of them holds no phrase.
    private static readonly string[] Nouns = ["benchmark", "dataset", "corpus", "suite", "testbed"];

    public static IEnumerable<(string Name, int Start, int End, double Confidence)> Find(string text)
    {
        if (!Array.Exists(Nouns, noun => text.Contains(noun, StringComparison.Ordinal)))
        {
            yield break;
        }

        foreach (Match match in Phrase().Matches(text))
        {
            var name = match.Groups["name"];
            var words = name.Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            var first = words.TakeWhile(NotNames.Contains).Count();
            if (first == words.Length)
            {
                continue;
            }

            var kept = string.Join(' ', words.Skip(first));
            var start = name.Index + name.Value.IndexOf(words[first], StringComparison.Ordinal);
            var end = name.Index + name.Length;
            var distinctive = kept.Skip(1).Any(char.IsUpper) || kept.Any(char.IsDigit);
            yield return (text[start..end], start, end, distinctive ? 0.8 : 0.5);
        }
    }
}
