namespace Graph.Ingestion.Extraction;

/// <summary>
/// Every surface form of the vocabulary in one character trie over folded, lower-cased text. Matching walks the
/// trie from each word start, so the cost depends on the text, not on the size of the vocabulary; the
/// <see cref="TermMatchSelector"/> keeps the leftmost-longest matches.
/// </summary>
internal sealed class TermTrie : ITermMatcher
{
    private const int DirectRootChildren = 128;

    private readonly Node _root = new();

    // The root has a child for most first characters; ASCII ones are looked up directly.
    private readonly Node?[] _rootChildren = new Node?[DirectRootChildren];

    public TermTrie(IEnumerable<SurfaceForm> forms)
    {
        foreach (var form in forms)
        {
            var node = _root;
            foreach (var c in form.Lower)
            {
                node = node.Child(c);
            }

            (node.Forms ??= []).Add(form);
        }

        _root.Freeze();
        for (var c = 0; c < DirectRootChildren; c++)
        {
            _rootChildren[c] = _root.Next((char)c);
        }
    }

    /// <inheritdoc />
    public List<TermMatch> Match(FoldedText text)
    {
        var selector = new TermMatchSelector(text);
        var lower = text.Lower;
        for (var i = 0; i < lower.Length; i++)
        {
            if (!TermMatchSelector.IsCandidateStart(text, i))
            {
                continue;
            }

            var first = lower[i];
            var node = first < DirectRootChildren ? _rootChildren[first] : _root.Next(first);
            if (node is null)
            {
                continue;
            }

            selector.Begin(i);
            for (var j = i + 1; node is not null; j++)
            {
                if (node.Forms is not null)
                {
                    selector.Offer(j, node.Forms);
                }

                node = j < lower.Length ? node.Next(lower[j]) : null;
            }

            selector.End();
        }

        return selector.Result();
    }

    /// <summary>
    /// A trie node. Children are kept in a dictionary while the trie is built, then frozen into a sorted key array
    /// searched by binary search (few children per node, no hashing, no allocation while matching).
    /// </summary>
    private sealed class Node
    {
        private Dictionary<char, Node>? _building;
        private char[] _keys = [];
        private Node[] _children = [];

        public List<SurfaceForm>? Forms { get; set; }

        public Node? Next(char c)
        {
            var keys = _keys;
            if (keys.Length <= 8)
            {
                for (var i = 0; i < keys.Length; i++)
                {
                    if (keys[i] == c)
                    {
                        return _children[i];
                    }
                }

                return null;
            }

            var at = Array.BinarySearch(keys, c);
            return at >= 0 ? _children[at] : null;
        }

        public Node Child(char c)
        {
            _building ??= [];
            if (!_building.TryGetValue(c, out var next))
            {
                next = new Node();
                _building.Add(c, next);
            }

            return next;
        }

        public void Freeze()
        {
            if (_building is null)
            {
                return;
            }

            _keys = [.. _building.Keys.Order()];
            _children = [.. _keys.Select(k => _building[k])];
            _building = null;
            foreach (var child in _children)
            {
                child.Freeze();
            }
        }
    }
}
