namespace Knowledge.Tagging;

/// <summary>One language's vocabulary compiled for matching: a trie of dictionary forms, a stem index and a phrase index.</summary>
internal sealed class LanguageVocabulary
{
    private const int MinModifierBefore = 2;

    // Short stems collide ("förare" stems to "för"); short words match as written plus inflection endings instead.
    private const int MinStem = 4;

    private readonly SnowballStemmer stemmer;
    private readonly HashSet<string> functionWords;
    private readonly HashSet<string> negations;
    private readonly HashSet<string> forwardNegations;
    private readonly HashSet<string> pronouns;
    private readonly HashSet<string> infinitiveMarkers;
    private readonly HashSet<string> clauseBreaks = new(StringComparer.Ordinal);
    private readonly HashSet<string> inflections;
    private readonly CompoundRules? compounds;
    private readonly TermTrie trie = new();
    private readonly Dictionary<string, List<VocabularyEntry>> byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PhrasePattern>> phrasesByWord = new(StringComparer.Ordinal);
    private readonly List<PhrasePattern> phrasesByPrefix = [];

    public LanguageVocabulary(VocabularyFile file, IReadOnlyList<string> tagNames)
    {
        Language = file.Language;
        stemmer = SnowballStemmer.For(file.Language);
        functionWords = Lowered(file.FunctionWords);
        negations = Lowered(file.Negations);
        forwardNegations = Lowered(file.ForwardNegations);
        pronouns = Lowered(file.Pronouns);
        infinitiveMarkers = Lowered(file.InfinitiveMarkers ?? []);
        inflections = Lowered(file.Inflections ?? []);
        inflections.Add("");
        compounds = file.Compounds;
        GenericCues = new bool[tagNames.Count];

        foreach (var phrase in file.NotNegations)
        {
            Add(phrase, new VocabularyEntry(EntryKind.NotNegation, -1, 0, TopicRole.Subject, false, CompoundUse.None, true, phrase));
        }
        foreach (var clauseBreak in file.ClauseBreaks)
        {
            if (clauseBreak.Contains(' ', StringComparison.Ordinal))
            {
                Add(clauseBreak, new VocabularyEntry(EntryKind.ClauseBreak, -1, 0, TopicRole.Subject, false, CompoundUse.None, true, clauseBreak));
            }
            else
            {
                clauseBreaks.Add(clauseBreak.ToLowerInvariant());
            }
        }
        AddCues(file.Cues, -1);
        foreach (var (name, tag) in file.Tags)
        {
            var index = IndexOf(tagNames, name);
            GenericCues[index] = tag.GenericCues;
            if (tag.Cues is not null)
            {
                AddCues(tag.Cues, index);
            }
            foreach (var group in tag.Terms)
            {
                AddGroup(group, EntryKind.Topic, index, ease: false);
            }
        }
    }

    public string Language { get; }

    /// <summary>Per tag: whether the shared difficulty and ease cues count for it, or only its own.</summary>
    public bool[] GenericCues { get; }

    public string Stem(string word) => stemmer.Stem(word);

    public LanguageTokenInfo Analyze(string surface)
    {
        var stem = stemmer.Stem(surface);
        return new LanguageTokenInfo(
            stem,
            functionWords.Contains(surface),
            pronouns.Contains(surface),
            negations.Contains(surface) || forwardNegations.Contains(surface),
            negations.Contains(surface),
            clauseBreaks.Contains(surface),
            infinitiveMarkers.Contains(surface),
            FindTerms(surface, stem),
            FindPhraseStarts(surface, stem));
    }

    private VocabularyEntry[] FindTerms(string surface, string stem)
    {
        var found = new List<(VocabularyEntry Entry, int Length)>();
        if (stem.Length >= MinStem && byStem.TryGetValue(stem, out var sameStem))
        {
            foreach (var entry in sameStem)
            {
                found.Add((entry, surface.Length));
            }
        }
        var forms = new List<(VocabularyEntry Entry, int End)>();
        var lastStart = compounds is null ? 0 : surface.Length - 1;
        for (var start = 0; start <= lastStart; start++)
        {
            forms.Clear();
            trie.FindFrom(surface, start, forms);
            foreach (var (entry, end) in forms)
            {
                if (Accepts(entry, surface, start, end))
                {
                    found.Add((entry, end - start));
                }
            }
        }
        return MostSpecific(found);
    }

    /// <summary>Whether a dictionary form found at [start, end) of a word is that word, inflected or in a compound.</summary>
    private bool Accepts(VocabularyEntry entry, string word, int start, int end)
    {
        var endsWord = end == word.Length || inflections.Contains(word[end..]) || entry.Prefix;
        if (start == 0 && endsWord)
        {
            return true;
        }
        if (compounds is null || entry.Compound == CompoundUse.None)
        {
            return false;
        }
        var length = end - start;
        var rest = word.Length - end;
        if (start == 0)
        {
            return entry.Compound is CompoundUse.Any or CompoundUse.Modifier && length >= compounds.MinPart && rest >= compounds.MinRest;
        }
        if (start < MinModifierBefore)
        {
            return false;
        }
        if (endsWord)
        {
            return entry.Compound is CompoundUse.Any or CompoundUse.Head && length >= compounds.MinPart;
        }
        return entry.Compound == CompoundUse.Any && length >= compounds.MinInfix && rest >= compounds.MinRest;
    }

    // A word yields at most one topic per tag and one cue per tag and polarity: the weightiest, then the longest form.
    private static VocabularyEntry[] MostSpecific(List<(VocabularyEntry Entry, int Length)> found)
    {
        if (found.Count == 0)
        {
            return [];
        }
        var best = new Dictionary<(EntryKind, int, bool), (VocabularyEntry Entry, int Length)>();
        foreach (var candidate in found)
        {
            var key = (candidate.Entry.Kind, candidate.Entry.Tag, candidate.Entry.Ease);
            if (!best.TryGetValue(key, out var current)
                || candidate.Entry.Weight > current.Entry.Weight
                || (candidate.Entry.Weight == current.Entry.Weight && candidate.Length > current.Length))
            {
                best[key] = candidate;
            }
        }
        return [.. best.Values.Select(b => b.Entry).OrderBy(e => e.Kind).ThenBy(e => e.Tag).ThenBy(e => e.Ease)];
    }

    private PhrasePattern[] FindPhraseStarts(string surface, string stem)
    {
        var starts = new List<PhrasePattern>();
        if (phrasesByWord.TryGetValue(surface, out var bySurface))
        {
            starts.AddRange(bySurface);
        }
        if (stem != surface && phrasesByWord.TryGetValue(stem, out var byStemmed))
        {
            starts.AddRange(byStemmed.Where(p => !starts.Contains(p)));
        }
        starts.AddRange(phrasesByPrefix.Where(p => !starts.Contains(p) && p.First.Matches(surface, stem)));
        return [.. starts];
    }

    private void AddCues(CueGroups cues, int tag)
    {
        foreach (var group in cues.Difficulty ?? [])
        {
            AddGroup(group, EntryKind.Cue, tag, ease: false);
        }
        foreach (var group in cues.Ease ?? [])
        {
            AddGroup(group, EntryKind.Cue, tag, ease: true);
        }
    }

    private void AddGroup(TermGroup group, EntryKind kind, int tag, bool ease)
    {
        foreach (var term in group.Terms)
        {
            Add(term, new VocabularyEntry(kind, tag, group.Weight, group.Role, ease, group.Compound, group.Stem, term));
        }
    }

    private void Add(string term, VocabularyEntry entry)
    {
        // The tokenizer splits "go-ahead" and "CNC-operatör" at the hyphen, so a hyphenated term is a phrase.
        var lowered = term.ToLowerInvariant().Replace('-', ' ').Trim();
        if (lowered.Contains(' ', StringComparison.Ordinal))
        {
            AddPhrase(lowered, entry);
            return;
        }
        var form = entry.Prefix ? lowered[..^1] : lowered;
        if (form.Length == 0 || !form.All(c => char.IsLetterOrDigit(c) || c == '\''))
        {
            throw new InvalidOperationException($"\"{term}\" in the {Language} vocabulary is not a single word; write phrases with spaces.");
        }
        trie.Add(form, entry);
        var stem = stemmer.Stem(form);
        if (entry.Stem && !entry.Prefix && stem.Length >= MinStem)
        {
            if (!byStem.TryGetValue(stem, out var entries))
            {
                byStem[stem] = entries = [];
            }
            if (!entries.Contains(entry))
            {
                entries.Add(entry);
            }
        }
    }

    private void AddPhrase(string phrase, VocabularyEntry entry)
    {
        var elements = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(e => PhraseElement.Parse(e, stemmer.Stem)).ToArray();
        var pattern = new PhrasePattern(entry, elements);
        if (pattern.First.HasPrefixes)
        {
            phrasesByPrefix.Add(pattern);
        }
        foreach (var word in pattern.First.Words)
        {
            if (!phrasesByWord.TryGetValue(word, out var patterns))
            {
                phrasesByWord[word] = patterns = [];
            }
            if (!patterns.Contains(pattern))
            {
                patterns.Add(pattern);
            }
        }
    }

    private static HashSet<string> Lowered(IEnumerable<string> words) =>
        new(words.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"Unknown tag \"{name}\".");
    }
}
