namespace Knowledge.Tagging;

/// <summary>
/// The offline tagger: Swedish and English vocabularies (Tagging/Vocabulary/*.json) matched on Snowball stems and
/// Swedish compound parts, with difficulty cues and negation scoped to the clause. Deterministic and thread-safe;
/// register it as a singleton.
/// </summary>
public sealed class DefaultTagger : ITagger
{
    // Confidence = 1 - e^(-k·score): one sentence just at the threshold gives about 0.6, more evidence approaches 1.
    private const double ConfidenceRate = 0.9;

    private static readonly Lazy<Vocabulary> Embedded = new(Vocabulary.LoadEmbedded);

    [ThreadStatic]
    private static TaggingWorkspace? workspace;

    private readonly Vocabulary vocabulary;

    public DefaultTagger()
        : this(Embedded.Value)
    {
    }

    internal DefaultTagger(Vocabulary vocabulary) => this.vocabulary = vocabulary;

    public string Name => "knowledge-default/1.0";

    internal Vocabulary Vocabulary => vocabulary;

    public Task<TaggingResult> TagAsync(string maskedText, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Tag(maskedText));
    }

    internal TaggingResult Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TaggingResult(Name, []);
        }
        var work = Workspace();
        work.Reset();
        SentenceSplitter.SplitInto(text, work.Sentences);
        foreach (var sentence in work.Sentences)
        {
            TagSentence(text, sentence, work);
        }
        return new TaggingResult(Name, Results(work));
    }

    private void TagSentence(string text, TextRange sentence, TaggingWorkspace work)
    {
        Tokenizer.Tokenize(text, sentence, vocabulary, work.Tokens);
        if (work.Tokens.Count == 0)
        {
            return;
        }
        var languages = vocabulary.Languages;
        var votes = LanguageVotes(work);
        var best = votes.Max();
        for (var l = 0; l < languages.Length; l++)
        {
            // Score in the sentence's language; when its function words do not tell, in every language.
            if (votes[l] == best)
            {
                work.Scorers[l].Score(work.Tokens, l, languages[l].GenericCues);
            }
        }
        string? sentenceText = null;
        for (var tag = 0; tag < work.Totals.Length; tag++)
        {
            var scorer = BestScorer(work, votes, best, tag);
            if (scorer is null || scorer.Scores[tag] < SentenceScorer.Threshold)
            {
                continue;
            }
            sentenceText ??= text[sentence.Start..sentence.End];
            work.Totals[tag] += scorer.Scores[tag];
            foreach (var range in scorer.Evidence[tag])
            {
                work.Evidence[tag].Add(new TagEvidence(range.Start, range.End, sentenceText));
            }
        }
    }

    private static SentenceScorer? BestScorer(TaggingWorkspace work, int[] votes, int best, int tag)
    {
        SentenceScorer? chosen = null;
        for (var l = 0; l < votes.Length; l++)
        {
            if (votes[l] == best && (chosen is null || work.Scorers[l].Scores[tag] > chosen.Scores[tag]))
            {
                chosen = work.Scorers[l];
            }
        }
        return chosen;
    }

    private static int[] LanguageVotes(TaggingWorkspace work)
    {
        var votes = work.LanguageVotes;
        Array.Clear(votes);
        foreach (var token in work.Tokens)
        {
            var languages = token.Info.Languages;
            for (var l = 0; l < languages.Length; l++)
            {
                if (languages[l].IsFunctionWord)
                {
                    votes[l]++;
                }
            }
        }
        return votes;
    }

    private List<SuggestedTag> Results(TaggingWorkspace work)
    {
        var tags = new List<SuggestedTag>();
        for (var tag = 0; tag < work.Totals.Length; tag++)
        {
            if (work.Totals[tag] > 0)
            {
                var confidence = Math.Round(1 - Math.Exp(-ConfidenceRate * work.Totals[tag]), 3);
                var evidence = work.Evidence[tag].OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
                tags.Add(new SuggestedTag(vocabulary.TagNames[tag], confidence, evidence));
            }
        }
        tags.Sort((a, b) => b.Confidence != a.Confidence
            ? b.Confidence.CompareTo(a.Confidence)
            : string.CompareOrdinal(a.Tag, b.Tag));
        return tags;
    }

    private TaggingWorkspace Workspace()
    {
        // One workspace per thread, rebuilt if this thread last served a tagger with another vocabulary.
        if (workspace is null || workspace.Vocabulary != vocabulary)
        {
            workspace = new TaggingWorkspace(vocabulary);
        }
        return workspace;
    }
}
