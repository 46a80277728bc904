using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Domain;
using Graph.Ingestion.Vocabulary;

namespace Graph.Ingestion.Synthesis;

/// <summary>
/// Writes a deterministic synthetic corpus in Graph NDJSON with the shape of real listings: abstracts as long as the
/// bundled page's (about 1,600 characters), terms drawn from the vocabulary with Zipf-like popularity (a few
/// benchmarks in many papers, a long tail in few), more papers in later years. Same seed, same bytes.
/// </summary>
public sealed class SyntheticCorpusGenerator(TermVocabulary vocabulary)
{
    // Mean and spread of abstract length in the bundled page (92 abstracts).
    private const double MeanAbstractLength = 1585;
    private const double AbstractLengthSpread = 151;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the corpus; <paramref name="progress"/> receives the number of papers written so far.</summary>
    public async Task WriteAsync(SyntheticCorpusOptions options, Stream output, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Papers, 1);
        var random = new Random(options.Seed);
        var pools = Enum.GetValues<EntityKind>().ToDictionary(kind => kind, kind => new TermPool(vocabulary, kind, random));
        var newline = "\n"u8.ToArray();
        for (var i = 0; i < options.Papers; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using (var json = new Utf8JsonWriter(output, JsonOptions))
            {
                WritePaper(json, i, options, random, pools);
            }

            await output.WriteAsync(newline, cancellationToken);
            if ((i + 1) % 10_000 == 0)
            {
                progress?.Report(i + 1);
            }
        }

        progress?.Report(options.Papers);
        await output.FlushAsync(cancellationToken);
    }

    private static void WritePaper(Utf8JsonWriter json, int index, SyntheticCorpusOptions options, Random random, Dictionary<EntityKind, TermPool> pools)
    {
        var published = PublicationDate(options, random);
        var methods = pools[EntityKind.Method].Draw(random, Count(random, 2.2, 6));
        var datasets = pools[EntityKind.Dataset].Draw(random, Count(random, 1.6, 5));
        var topics = pools[EntityKind.Topic].Draw(random, 1 + Count(random, 0.5, 2));
        var models = pools[EntityKind.Model].Draw(random, Count(random, 0.8, 3));

        var sentences = new List<string>();
        sentences.AddRange(topics.Select(t => Fill(SentenceBank.TopicTemplates, t, random)));
        sentences.AddRange(methods.Select(m => Fill(SentenceBank.MethodTemplates, m, random)));
        sentences.AddRange(models.Select(m => Fill(SentenceBank.ModelTemplates, m, random)));
        sentences.AddRange(datasets.Select(d => Fill(SentenceBank.DatasetTemplates, d, random)));
        var target = Math.Clamp(MeanAbstractLength + (Gaussian(random) * AbstractLengthSpread), 900, 2400);
        var abstractText = new StringBuilder();
        var next = 0;
        while (abstractText.Length < target)
        {
            // Named sentences first, in order, interleaved with filler until the abstract is long enough.
            var sentence = next < sentences.Count && (random.Next(3) > 0 || abstractText.Length > target * 0.6)
                ? sentences[next++]
                : SentenceBank.Filler[random.Next(SentenceBank.Filler.Length)];
            abstractText.Append(abstractText.Length == 0 ? string.Empty : " ").Append(sentence);
        }

        for (; next < sentences.Count; next++)
        {
            abstractText.Append(' ').Append(sentences[next]);
        }

        var arxivId = string.Create(CultureInfo.InvariantCulture, $"{published.Year % 100:D2}{published.Month:D2}.{index:D7}");
        var opener = SentenceBank.TitleOpeners[random.Next(SentenceBank.TitleOpeners.Length)];
        var subject = methods.Count > 0 ? methods[0] : topics[0];
        json.WriteStartObject();
        json.WriteString("title", $"{opener} {subject}: study {index.ToString(CultureInfo.InvariantCulture)}");
        json.WriteString("abstract", abstractText.ToString());
        json.WriteString("arxivId", arxivId);
        json.WriteString("publishedOn", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("authorCount", 1 + Math.Min(29, (int)(-Math.Log(1 - random.NextDouble()) * 5)));
        json.WriteNumber("upvotes", (int)(-Math.Log(1 - random.NextDouble()) * 4));
        json.WriteEndObject();
    }

    private static DateOnly PublicationDate(SyntheticCorpusOptions options, Random random)
    {
        // Weight year y by (y - first + 1): the field grows every year.
        var years = options.LastYear - options.FirstYear + 1;
        var pick = random.Next(years * (years + 1) / 2);
        var year = options.FirstYear;
        for (var weight = 1; pick >= weight; weight++)
        {
            pick -= weight;
            year++;
        }

        return new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
    }

    private static int Count(Random random, double mean, int max)
    {
        // Poisson by inversion: small means, so a short loop.
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit && count < max)
        {
            product *= random.NextDouble();
            count++;
        }

        return count;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static string Fill(string[] templates, string term, Random random) =>
        string.Format(CultureInfo.InvariantCulture, templates[random.Next(templates.Length)], term);

    /// <summary>The terms of one kind in a seeded popularity order, with the names they are written by.</summary>
    private sealed class TermPool
    {
        private readonly List<VocabularyTerm> _terms;
        private readonly ZipfSampler _sampler;

        public TermPool(TermVocabulary vocabulary, EntityKind kind, Random random)
        {
            // Context-gated names need neighbouring words the templates do not promise, so they are left out.
            _terms = vocabulary.Terms.Where(t => t.Entity.Kind == kind && t.Contexts.Count == 0).ToList();
            for (var i = _terms.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (_terms[i], _terms[j]) = (_terms[j], _terms[i]);
            }

            _sampler = new ZipfSampler(Math.Max(_terms.Count, 1), 1.07);
        }

        public List<string> Draw(Random random, int count)
        {
            var drawn = new List<string>(count);
            var seen = new HashSet<int>();
            for (var attempt = 0; drawn.Count < count && attempt < count * 4 && _terms.Count > 0; attempt++)
            {
                var rank = _sampler.Next(random);
                if (seen.Add(rank))
                {
                    var term = _terms[rank];
                    var names = term.Entity.Aliases.Count > 0 && random.Next(4) == 0 ? term.Entity.Aliases : [term.Entity.Name];
                    drawn.Add(names[random.Next(names.Count)]);
                }
            }

            return drawn;
        }
    }
}
