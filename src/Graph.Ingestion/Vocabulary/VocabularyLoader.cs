using Graph.Core.Domain;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Graph.Ingestion.Vocabulary;

/// <summary>
/// Loads <c>methods.yaml</c>, <c>datasets.yaml</c>, <c>topics.yaml</c> and <c>models.yaml</c> from a directory
/// and validates them: unique names, parents that exist, no alias on two terms of one kind.
/// </summary>
public static class VocabularyLoader
{
    /// <summary>The file for each kind.</summary>
    public static readonly IReadOnlyDictionary<EntityKind, string> Files = new Dictionary<EntityKind, string>
    {
        [EntityKind.Method] = "methods.yaml",
        [EntityKind.Dataset] = "datasets.yaml",
        [EntityKind.Topic] = "topics.yaml",
        [EntityKind.Model] = "models.yaml",
    };

    /// <summary>The file of names that text patterns propose but that are not terms.</summary>
    public const string IgnoredCandidatesFile = "ignored-candidates.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Loads the vocabulary directory; a missing kind file counts as an empty list.</summary>
    /// <exception cref="VocabularyException">A file is malformed or contradicts itself.</exception>
    public static TermVocabulary LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new VocabularyException($"{directory}: the vocabulary directory does not exist.");
        }

        return Load(file =>
        {
            var path = Path.Combine(directory, file);
            return File.Exists(path) ? (File.ReadAllText(path), path) : null;
        });
    }

    /// <summary>Loads the vocabulary built into this assembly from <c>data/vocabulary</c>.</summary>
    public static TermVocabulary LoadBundled() => Load(file =>
    {
        using var stream = typeof(VocabularyLoader).Assembly.GetManifestResourceStream("vocabulary/" + file);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), "bundled " + file);
    });

    private static TermVocabulary Load(Func<string, (string Text, string Source)?> read)
    {
        var terms = new List<VocabularyTerm>();
        foreach (var (kind, file) in Files)
        {
            if (read(file) is { } content)
            {
                terms.AddRange(Load(kind, content.Text, content.Source));
            }
        }

        var ignored = read(IgnoredCandidatesFile) is { } list ? LoadIgnored(list.Text, list.Source) : [];
        return new TermVocabulary(terms, ignored);
    }

    /// <summary>Parses the list of names never to keep as candidates.</summary>
    public static IReadOnlyList<string> LoadIgnored(string yaml, string source)
    {
        try
        {
            var model = Yaml.Deserialize<IgnoredCandidatesModel?>(yaml);
            return Clean(model?.Ignore);
        }
        catch (YamlException e)
        {
            throw new VocabularyException($"{source}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
    }

    /// <summary>Parses and validates the terms of one kind; <paramref name="source"/> names the text in errors.</summary>
    public static IReadOnlyList<VocabularyTerm> Load(EntityKind kind, string yaml, string source)
    {
        VocabularyFileModel model;
        try
        {
            model = Yaml.Deserialize<VocabularyFileModel?>(yaml) ?? new VocabularyFileModel();
        }
        catch (YamlException e)
        {
            throw new VocabularyException($"{source}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        var byName = new Dictionary<string, VocabularyFileModel.TermModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in model.Terms)
        {
            if (string.IsNullOrWhiteSpace(term.Name))
            {
                throw new VocabularyException($"{source}: a term has no name.");
            }

            if (!byName.TryAdd(term.Name.Trim(), term))
            {
                throw new VocabularyException($"{source}: '{term.Name}' is listed twice.");
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var terms = new List<VocabularyTerm>(model.Terms.Count);
        foreach (var term in model.Terms)
        {
            var name = term.Name!.Trim();
            string? parentId = null;
            if (!string.IsNullOrWhiteSpace(term.Parent))
            {
                if (!byName.TryGetValue(term.Parent.Trim(), out var parent) || ReferenceEquals(parent, term))
                {
                    throw new VocabularyException($"{source}: the parent '{term.Parent}' of '{name}' is not a term of this file.");
                }

                parentId = GraphIds.ForEntity(kind, parent.Name!.Trim());
            }

            var aliases = Clean(term.Aliases).Where(a => !a.Equals(name, StringComparison.Ordinal)).ToList();
            var cues = Clean(term.Cues);
            if (kind != EntityKind.Topic && cues.Count > 0)
            {
                throw new VocabularyException($"{source}: '{name}' has cues, but only topics take cues.");
            }

            foreach (var form in aliases.Prepend(name).Concat(cues))
            {
                if (form.Contains(';', StringComparison.Ordinal))
                {
                    // ';' separates list items in the CSV export for neo4j-admin.
                    throw new VocabularyException($"{source}: '{form}' contains ';', which names may not contain.");
                }

                if (owners.TryGetValue(form, out var owner) && owner != name)
                {
                    throw new VocabularyException($"{source}: '{form}' names both '{owner}' and '{name}'.");
                }

                owners[form] = name;
            }

            if (!ids.Add(GraphIds.ForEntity(kind, name)))
            {
                throw new VocabularyException($"{source}: '{name}' differs from another name only in punctuation or case.");
            }

            var entity = new Entity(GraphIds.ForEntity(kind, name), kind, name, aliases, parentId, term.Description?.Trim());
            terms.Add(new VocabularyTerm(entity, cues, term.CaseSensitive, Clean(term.Contexts)));
        }

        RejectParentCycles(terms, source);
        return terms;
    }

    private static List<string> Clean(List<string>? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList() ?? [];

    private static void RejectParentCycles(List<VocabularyTerm> terms, string source)
    {
        var parents = terms.ToDictionary(t => t.Entity.Id, t => t.Entity.ParentId, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { term.Entity.Id };
            for (var parent = term.Entity.ParentId; parent is not null; parent = parents.GetValueOrDefault(parent))
            {
                if (!seen.Add(parent))
                {
                    throw new VocabularyException($"{source}: the parents of '{term.Entity.Name}' form a cycle.");
                }
            }
        }
    }
}
