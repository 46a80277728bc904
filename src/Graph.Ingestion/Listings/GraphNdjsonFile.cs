using System.Text;

namespace Graph.Ingestion.Listings;

/// <summary>
/// Reads a Graph NDJSON file as a stream of batches, so a file of any size is read in bounded memory. It finds
/// exactly the problems <see cref="ListingReader"/> finds when it reads the whole file, and reports the one it
/// would report: a NUL byte (binary file) first, then bytes that are not UTF-8, then the first bad line, then a
/// file without papers. Lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as <see cref="ListingReader"/> counts them.
/// </summary>
public static class GraphNdjsonFile
{
    private const int BufferSize = 1 << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// True when the file's content is Graph NDJSON: its first character that is not white space is <c>{</c>,
    /// as <see cref="ListingReader"/> decides. Only the start of the file is read.
    /// </summary>
    public static bool IsNdjson(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        // Lenient decoding: an invalid file is reported by whichever reader reads it, with the same message.
        using var reader = new StreamReader(path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: false);
        var first = true;
        for (var c = reader.Read(); c >= 0; c = reader.Read(), first = false)
        {
            if (first && c == '\uFEFF')
            {
                continue;
            }

            if (!char.IsWhiteSpace((char)c))
            {
                return c == '{';
            }
        }

        return false;
    }

    /// <summary>Reads the file's papers in batches of at most <paramref name="batchSize"/>, in file order.</summary>
    /// <param name="path">The file.</param>
    /// <param name="source">The name errors give the file.</param>
    /// <param name="batchSize">Lines parsed together (in parallel) and handed out as one batch.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ListingFormatException">The file is not valid; thrown when the whole file has been read.</exception>
    public static IEnumerable<IReadOnlyList<ListingPaper>> ReadBatches(
        string path, string source, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (!File.Exists(path))
        {
            throw new ListingFormatException(path, 0, "no such file.");
        }

        return Read(path, source, batchSize, cancellationToken);
    }

    private static IEnumerable<IReadOnlyList<ListingPaper>> Read(
        string path, string source, int batchSize, CancellationToken cancellationToken)
    {
        ListingFormatException? firstError = null;
        var papers = 0;
        var lines = new List<(string Text, int Number)>(batchSize);
        using (var reader = new StreamReader(
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan),
            StrictUtf8,
            detectEncodingFromByteOrderMarks: false,
            BufferSize))
        {
            var number = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (DecoderFallbackException)
                {
                    throw ContainsNul(path)
                        ? Binary(source)
                        : new ListingFormatException(source, 0, "the file is not UTF-8 text (binary or another encoding).");
                }

                if (line is null)
                {
                    break;
                }

                number++;
                if (line.Contains('\0', StringComparison.Ordinal))
                {
                    throw Binary(source);
                }

                if (number == 1 && line.StartsWith('\uFEFF'))
                {
                    line = line[1..];
                }

                // After a bad line the rest is only checked for NUL bytes and encoding, which take precedence.
                if (firstError is not null)
                {
                    continue;
                }

                var trimmed = line.Trim();
                if (trimmed.Length > 0)
                {
                    lines.Add((trimmed, number));
                }

                if (lines.Count == batchSize)
                {
                    var (batch, error) = Parse(lines, source);
                    lines.Clear();
                    firstError = error;
                    if (batch is not null)
                    {
                        papers += batch.Length;
                        yield return batch;
                    }
                }
            }
        }

        if (firstError is null && lines.Count > 0)
        {
            var (batch, error) = Parse(lines, source);
            firstError = error;
            if (batch is not null)
            {
                papers += batch.Length;
                yield return batch;
            }
        }

        if (firstError is not null)
        {
            throw firstError;
        }

        if (papers == 0)
        {
            throw new ListingFormatException(source, 0, "the file holds no papers.");
        }
    }

    /// <summary>Parses lines in parallel: the papers, or the error of the first bad line.</summary>
    private static (ListingPaper[]? Papers, ListingFormatException? Error) Parse(List<(string Text, int Number)> lines, string source)
    {
        var papers = new ListingPaper[lines.Count];
        var errors = new ListingFormatException?[lines.Count];
        Parallel.For(0, lines.Count, i =>
        {
            try
            {
                papers[i] = GraphNdjsonParser.ReadLine(lines[i].Text, source, lines[i].Number);
            }
            catch (ListingFormatException e)
            {
                errors[i] = e;
            }
        });

        var error = Array.Find(errors, e => e is not null);
        return error is null ? (papers, null) : (null, error);
    }

    private static ListingFormatException Binary(string source) => new(source, 0, "this is a binary file, not a listing.");

    private static bool ContainsNul(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize];
        for (var read = stream.Read(buffer); read > 0; read = stream.Read(buffer))
        {
            if (buffer.AsSpan(0, read).Contains((byte)0))
            {
                return true;
            }
        }

        return false;
    }
}
