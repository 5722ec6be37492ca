namespace Knowledge.Tagging;

/// <summary>Dictionary forms in a character trie, so every form hiding anywhere in a compound is found in one walk per position.</summary>
internal sealed class TermTrie
{
    private readonly Node root = new();

    public void Add(string form, VocabularyEntry entry)
    {
        var node = root;
        foreach (var c in form)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var child))
            {
                child = new Node();
                node.Children[c] = child;
            }
            node = child;
        }
        node.Entries ??= [];
        if (!node.Entries.Contains(entry))
        {
            node.Entries.Add(entry);
        }
    }

    /// <summary>Adds every form that starts at start in word to found, with the index just past its end.</summary>
    public void FindFrom(string word, int start, List<(VocabularyEntry Entry, int End)> found)
    {
        var node = root;
        for (var i = start; i < word.Length; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(word[i], out node))
            {
                return;
            }
            if (node.Entries is not null)
            {
                foreach (var entry in node.Entries)
                {
                    found.Add((entry, i + 1));
                }
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public List<VocabularyEntry>? Entries;
    }
}
