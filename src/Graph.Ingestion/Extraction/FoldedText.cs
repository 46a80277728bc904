namespace Graph.Ingestion.Extraction;

/// <summary>
/// Text prepared for matching: runs of separators (whitespace, hyphens, dashes, slashes) become one space,
/// typographic apostrophes become <c>'</c>; <see cref="Lower"/> is lower-cased for case-insensitive matching and
/// <see cref="Cased"/> keeps case for acronyms. Every folded position maps back to the original text.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] _origin;
    private readonly int _originalLength;

    private FoldedText(string original, char[] lower, char[] cased, int[] origin, int length)
    {
        Original = original;
        Lower = new string(lower, 0, length);
        Cased = new string(cased, 0, length);
        _origin = origin;
        _originalLength = original.Length;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>Folded and lower-cased.</summary>
    public string Lower { get; }

    /// <summary>Folded, case kept.</summary>
    public string Cased { get; }

    /// <summary>The number of folded characters.</summary>
    public int Length => Lower.Length;

    /// <summary>Folds a text.</summary>
    public static FoldedText Fold(string text)
    {
        var lower = new char[text.Length];
        var cased = new char[text.Length];
        var origin = new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                if (n > 0 && cased[n - 1] != ' ')
                {
                    lower[n] = cased[n] = ' ';
                    origin[n++] = i;
                }

                continue;
            }

            if (c is '\u2019' or '\u2018')
            {
                c = '\'';
            }

            cased[n] = c;
            lower[n] = char.ToLowerInvariant(c);
            origin[n++] = i;
        }

        return new FoldedText(text, lower, cased, origin, n);
    }

    /// <summary>Separators that names treat as interchangeable.</summary>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '/' or '_';

    /// <summary>True when a word may start at folded position <paramref name="i"/>.</summary>
    public bool IsWordStart(int i) => i == 0 || !char.IsLetterOrDigit(Lower[i - 1]);

    /// <summary>True when a word may end just before folded position <paramref name="end"/>.</summary>
    public bool IsWordEnd(int end) => end >= Length || !char.IsLetterOrDigit(Lower[end]);

    /// <summary>The original offset of folded position <paramref name="i"/>.</summary>
    public int OriginalStart(int i) => _origin[i];

    /// <summary>The original offset just past the folded span ending before <paramref name="end"/>.</summary>
    public int OriginalEnd(int end) => end == 0 ? 0 : end > Length ? _originalLength : _origin[end - 1] + 1;
}
