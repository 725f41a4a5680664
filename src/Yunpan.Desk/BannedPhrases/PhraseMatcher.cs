namespace Yunpan.Desk.BannedPhrases;

/// <summary>A pattern found in a text: where (in the searched text) and which.</summary>
internal readonly record struct PhraseMatch<T>(int Start, int Length, T Value);

/// <summary>
/// Aho–Corasick automaton over many patterns: one pass over the text finds every occurrence of every pattern, so the
/// cost grows with the text, not with the size of the list (K-8 asks for thousands of phrases on every message).
/// Built once per list version; immutable and safe to share between threads afterwards.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private const int Root = 0;

    // The root's transitions as a direct table: most characters of a message lead back to the root.
    private readonly int[] _rootNext = new int[char.MaxValue + 1];

    // Every other node's transitions, sorted by character, in one array (node n owns [_edgeStart[n], _edgeStart[n + 1])).
    private readonly int[] _edgeStart;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly int[] _fail;
    private readonly int[] _depth;

    // The pattern ending at a node (-1 if none) and the nearest node on its failure chain that ends a pattern.
    private readonly int[] _pattern;
    private readonly int[] _outputLink;
    private readonly T[] _values;

    public PhraseMatcher(IEnumerable<(string Pattern, T Value)> patterns)
    {
        var children = new List<Dictionary<char, int>> { new() };
        var pattern = new List<int> { -1 };
        var depth = new List<int> { 0 };
        var values = new List<T>();
        foreach (var (text, value) in patterns)
        {
            if (text.Length == 0)
            {
                continue;
            }

            var node = Root;
            foreach (var c in text)
            {
                if (!children[node].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children.Add([]);
                    pattern.Add(-1);
                    depth.Add(depth[node] + 1);
                    children[node][c] = next;
                }

                node = next;
            }

            // The same phrase listed twice is reported once, as the first entry.
            if (pattern[node] < 0)
            {
                pattern[node] = values.Count;
                values.Add(value);
            }
        }

        var count = children.Count;
        _values = [.. values];
        _pattern = [.. pattern];
        _depth = [.. depth];
        _fail = new int[count];
        _outputLink = new int[count];
        _edgeStart = new int[count + 1];
        _edgeChar = new char[count - 1];
        _edgeTarget = new int[count - 1];
        for (int node = 0, edge = 0; node < count; node++)
        {
            _edgeStart[node] = edge;
            foreach (var (c, target) in children[node].OrderBy(e => e.Key))
            {
                _edgeChar[edge] = c;
                _edgeTarget[edge] = target;
                edge++;
            }

            _edgeStart[node + 1] = edge;
        }

        foreach (var (c, target) in children[Root])
        {
            _rootNext[c] = target;
        }

        LinkFailures(children);
    }

    /// <summary>The number of distinct patterns.</summary>
    public int Count => _values.Length;

    /// <summary>Every occurrence, in the order their ends appear in the text (overlapping ones included).</summary>
    public List<PhraseMatch<T>> FindAll(string text)
    {
        var found = new List<PhraseMatch<T>>();
        var state = Root;
        for (var i = 0; i < text.Length; i++)
        {
            state = Step(state, text[i]);
            for (var node = _pattern[state] >= 0 ? state : _outputLink[state]; node != Root; node = _outputLink[node])
            {
                found.Add(new PhraseMatch<T>(i - _depth[node] + 1, _depth[node], _values[_pattern[node]]));
            }
        }

        return found;
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            var next = Next(state, c);
            if (next > 0 || state == Root)
            {
                return next;
            }

            state = _fail[state];
        }
    }

    /// <summary>The goto function: the child of <paramref name="node"/> on <paramref name="c"/>, or 0 (the root) if none.</summary>
    private int Next(int node, char c)
    {
        if (node == Root)
        {
            return _rootNext[c];
        }

        var index = Array.BinarySearch(_edgeChar, _edgeStart[node], _edgeStart[node + 1] - _edgeStart[node], c);
        return index >= 0 ? _edgeTarget[index] : Root;
    }

    private void LinkFailures(List<Dictionary<char, int>> children)
    {
        // Breadth first, so a node's failure target (a shorter suffix) is linked before the node itself.
        var queue = new Queue<int>(children[Root].Values);
        while (queue.TryDequeue(out var node))
        {
            foreach (var (c, child) in children[node])
            {
                var fail = _fail[node];
                while (fail != Root && !children[fail].ContainsKey(c))
                {
                    fail = _fail[fail];
                }

                _fail[child] = children[fail].TryGetValue(c, out var target) && target != child ? target : Root;
                _outputLink[child] = _pattern[_fail[child]] >= 0 ? _fail[child] : _outputLink[_fail[child]];
                queue.Enqueue(child);
            }
        }
    }
}
