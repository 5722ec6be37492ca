namespace Knowledge.Tagging;

/// <summary>
/// Scores one sentence in one language. Topic terms say what a sentence is about; cues say whether it is a difficulty
/// ("svårt", "shortage") or explicitly not ("lätt", "solved"). A topic takes the nearest cue in its clause.
/// A negation flips the first topic or cue after it (or the cue just before it: "räcker inte"); a negated resource
/// ("inga bostäder", "no one to take over") is a shortage, a negated difficulty ("inga problem") vetoes the topics it
/// attaches to. Phrases that contain a negation ("lånar inte ut") consume it. An ease cue in the infinitive of a
/// difficulty ("svårt att hitta tillräckligt med folk") is part of that difficulty, not an easing. Not thread-safe: one
/// per thread.
/// </summary>
internal sealed class SentenceScorer
{
    /// <summary>A tag holds in a sentence from this score: a topic with a cue (0.5 + 0.5), or one problem term.</summary>
    public const double Threshold = 1.0;

    // Words between a topic and its cue: "a loan for a new excavator is almost impossible" is seven apart.
    private const int MaxCueDistance = 8;

    // Words a negation looks ahead ("ingen i familjen som vill ta över") and, failing that, back ("lånen beviljades inte").
    private const int NegationReach = 6;
    private const int NegationReachBack = 3;

    // A negated resource names both the topic and its shortage, like a topic with a cue.
    private const double ShortageWeight = 0.5;

    private readonly List<MatchedItem> items = [];
    private readonly List<int> clauses = [];
    private readonly List<bool> consumed = [];
    private readonly List<bool> covered = [];
    private readonly List<bool> breakAt = [];
    private readonly bool[] difficult;

    public SentenceScorer(int tagCount)
    {
        Scores = new double[tagCount];
        difficult = new bool[tagCount];
        Evidence = new List<TextRange>[tagCount];
        for (var i = 0; i < tagCount; i++)
        {
            Evidence[i] = [];
        }
    }

    /// <summary>Per tag, the sentence's score after Score; the tag holds in the sentence from Threshold up.</summary>
    public double[] Scores { get; }

    /// <summary>Per tag, the ranges of the topic terms that scored.</summary>
    public List<TextRange>[] Evidence { get; }

    public void Score(List<Token> tokens, int language, bool[] genericCues)
    {
        Reset(tokens.Count);
        MatchPhrases(tokens, language);
        MarkClauses(tokens, language);
        MatchWords(tokens, language);
        ApplyNegations(tokens, language);
        DropGovernedEases(tokens, language);
        ScoreTopics(genericCues);
    }

    private void Reset(int tokenCount)
    {
        Array.Clear(Scores);
        Array.Clear(difficult);
        foreach (var evidence in Evidence)
        {
            evidence.Clear();
        }
        items.Clear();
        clauses.Clear();
        consumed.Clear();
        covered.Clear();
        breakAt.Clear();
        for (var i = 0; i < tokenCount; i++)
        {
            consumed.Add(false);
            covered.Add(false);
            breakAt.Add(false);
        }
    }

    private void MatchPhrases(List<Token> tokens, int language)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var phrase in tokens[i].Info.Languages[language].PhraseStarts)
            {
                if (!phrase.TryMatch(tokens, i, language, out var last))
                {
                    continue;
                }
                var entry = phrase.Entry;
                if (entry.Kind == EntryKind.ClauseBreak)
                {
                    breakAt[i] = true;
                    continue;
                }
                for (var t = i; t <= last; t++)
                {
                    consumed[t] = true;
                    // Words inside a phrase belong to it, not to terms of their own ("hard" in "hard to know when").
                    covered[t] |= entry.Kind != EntryKind.NotNegation;
                }
                if (entry.Kind != EntryKind.NotNegation)
                {
                    items.Add(new MatchedItem(entry, i, last, tokens[i].Start, tokens[last].End));
                }
            }
        }
    }

    private void MarkClauses(List<Token> tokens, int language)
    {
        var clause = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && (tokens[i].BreakBefore || breakAt[i] || tokens[i].Info.Languages[language].IsClauseBreak))
            {
                clause++;
            }
            clauses.Add(clause);
        }
    }

    private void MatchWords(List<Token> tokens, int language)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i])
            {
                continue;
            }
            foreach (var entry in tokens[i].Info.Languages[language].Matches)
            {
                items.Add(new MatchedItem(entry, i, i, tokens[i].Start, tokens[i].End));
            }
        }
    }

    private void ApplyNegations(List<Token> tokens, int language)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i] || !tokens[i].Info.Languages[language].IsNegation)
            {
                continue;
            }
            var target = NegationTarget(tokens, i, language);
            if (target < 0)
            {
                continue;
            }
            // A word holding both a topic and a cue ("personalbrist") negates as its cue, the head of the compound.
            var cuesOnly = HasItem(target, cuesOnly: true);
            for (var k = 0; k < items.Count; k++)
            {
                var item = items[k];
                if (item.Covers(target) && (!cuesOnly || item.Entry.Kind == EntryKind.Cue))
                {
                    item.Negated = !item.Negated;
                    items[k] = item;
                }
            }
        }
    }

    // "hard to find enough staff": the difficulty governs the infinitive, so "enough" says what is hard, not that it is easy.
    // An ease that is itself the infinitive ("hjälpa dem att uppfylla kraven") is a goal, not a state reached.
    private void DropGovernedEases(List<Token> tokens, int language)
    {
        for (var k = items.Count - 1; k >= 0; k--)
        {
            var ease = items[k];
            if (ease.Entry.Kind == EntryKind.Cue && ease.Entry.Ease && !ease.Negated
                && (IsInfinitive(ease, tokens, language) || IsGoverned(ease, tokens, language)))
            {
                items.RemoveAt(k);
            }
        }
    }

    private bool IsInfinitive(in MatchedItem ease, List<Token> tokens, int language) =>
        ease.First > 0 && clauses[ease.First - 1] == clauses[ease.First]
        && tokens[ease.First - 1].Info.Languages[language].IsInfinitiveMarker;

    private bool IsGoverned(in MatchedItem ease, List<Token> tokens, int language)
    {
        foreach (var difficulty in items)
        {
            if (difficulty.Entry.Kind != EntryKind.Cue || difficulty.Entry.Ease != difficulty.Negated || difficulty.Last >= ease.First
                || clauses[difficulty.Last] != clauses[ease.First] || ease.DistanceTo(difficulty) > MaxCueDistance)
            {
                continue;
            }
            // The marker may be inside the difficulty's own phrase: "hard to find" enough.
            for (var t = difficulty.First + 1; t < ease.First; t++)
            {
                if (tokens[t].Info.Languages[language].IsInfinitiveMarker)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private int NegationTarget(List<Token> tokens, int negation, int language)
    {
        var backward = tokens[negation].Info.Languages[language].NegatesBackward;
        // Swedish puts "inte" after the verb, so a cue right before it is what is negated: "räcker inte", "fungerar inte".
        var before = negation - 1;
        if (backward && before >= 0 && clauses[before] == clauses[negation] && !tokens[negation].CommaBefore && HasItem(before, cuesOnly: true))
        {
            return before;
        }
        for (var j = negation + 1; j < tokens.Count && j <= negation + NegationReach; j++)
        {
            if (clauses[j] != clauses[negation] || tokens[j].CommaBefore)
            {
                break;
            }
            if (HasItem(j, cuesOnly: false))
            {
                return j;
            }
        }
        // Nothing after it: "lånen beviljades inte", "growing is not on the agenda".
        for (var j = negation - 1; backward && j >= 0 && j >= negation - NegationReachBack; j--)
        {
            if (clauses[j] != clauses[negation] || tokens[j + 1].CommaBefore || tokens[j].Info.Languages[language].IsPronoun)
            {
                break;
            }
            if (HasItem(j, cuesOnly: false))
            {
                return j;
            }
        }
        return -1;
    }

    private bool HasItem(int token, bool cuesOnly)
    {
        foreach (var item in items)
        {
            if (item.Covers(token) && (!cuesOnly || item.Entry.Kind == EntryKind.Cue))
            {
                return true;
            }
        }
        return false;
    }

    private void ScoreTopics(bool[] genericCues)
    {
        foreach (var item in items)
        {
            if (item.Entry.Kind != EntryKind.Topic)
            {
                continue;
            }
            var (contribution, difficulty) = Contribution(item, genericCues);
            if (contribution > 0)
            {
                var tag = item.Entry.Tag;
                Scores[tag] += contribution;
                difficult[tag] |= difficulty;
                var range = new TextRange(item.Start, item.End);
                if (!Evidence[tag].Contains(range))
                {
                    Evidence[tag].Add(range);
                }
            }
        }
        // Topics only add up once something in the sentence says there is a difficulty: "workers we want to hire" is none.
        for (var tag = 0; tag < Scores.Length; tag++)
        {
            if (!difficult[tag])
            {
                Scores[tag] = 0;
                Evidence[tag].Clear();
            }
        }
    }

    private (double Contribution, bool Difficulty) Contribution(in MatchedItem topic, bool[] genericCues)
    {
        var entry = topic.Entry;
        if (topic.Negated)
        {
            return entry.Role == TopicRole.Resource ? (entry.Weight + ShortageWeight, true) : (0, false);
        }
        var cue = NearestCue(topic, genericCues);
        if (cue < 0)
        {
            return (entry.Weight, entry.Role == TopicRole.Problem);
        }
        var found = items[cue];
        if (found.Entry.Ease != found.Negated)
        {
            return (0, false);
        }
        // The nearest cue decides the polarity; the strongest difficulty in reach decides how much it adds.
        return (entry.Weight + StrongestDifficulty(topic, genericCues), true);
    }

    private int NearestCue(in MatchedItem topic, bool[] genericCues)
    {
        var nearest = -1;
        var nearestDistance = int.MaxValue;
        for (var k = 0; k < items.Count; k++)
        {
            var cue = items[k];
            if (!Reaches(cue, topic, genericCues))
            {
                continue;
            }
            var distance = topic.DistanceTo(cue);
            if (distance < nearestDistance)
            {
                nearest = k;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    private double StrongestDifficulty(in MatchedItem topic, bool[] genericCues)
    {
        var strongest = 0.0;
        foreach (var cue in items)
        {
            if (Reaches(cue, topic, genericCues) && cue.Entry.Ease == cue.Negated)
            {
                strongest = Math.Max(strongest, cue.Entry.Weight);
            }
        }
        return strongest;
    }

    // A cue counts for a topic when it is the topic's own or generic, in the same clause, and close enough.
    private bool Reaches(in MatchedItem cue, in MatchedItem topic, bool[] genericCues)
    {
        var tag = topic.Entry.Tag;
        return cue.Entry.Kind == EntryKind.Cue
            && (cue.Entry.Tag == tag || (cue.Entry.Tag < 0 && genericCues[tag]))
            && clauses[cue.First] == clauses[topic.First]
            && topic.DistanceTo(cue) <= MaxCueDistance;
    }
}
