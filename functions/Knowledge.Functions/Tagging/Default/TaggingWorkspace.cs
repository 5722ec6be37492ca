namespace Knowledge.Tagging;

/// <summary>Reusable buffers for tagging one text; one per thread so the hot path allocates little.</summary>
internal sealed class TaggingWorkspace
{
    public TaggingWorkspace(Vocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        var tags = vocabulary.TagNames.Length;
        Scorers = [.. vocabulary.Languages.Select(_ => new SentenceScorer(tags))];
        Totals = new double[tags];
        Evidence = new List<TagEvidence>[tags];
        for (var i = 0; i < tags; i++)
        {
            Evidence[i] = [];
        }
        LanguageVotes = new int[vocabulary.Languages.Length];
    }

    public Vocabulary Vocabulary { get; }

    public List<TextRange> Sentences { get; } = [];

    public List<Token> Tokens { get; } = [];

    /// <summary>One scorer per language, indexed like Vocabulary.Languages.</summary>
    public SentenceScorer[] Scorers { get; }

    public double[] Totals { get; }

    public List<TagEvidence>[] Evidence { get; }

    public int[] LanguageVotes { get; }

    public void Reset()
    {
        Array.Clear(Totals);
        foreach (var evidence in Evidence)
        {
            evidence.Clear();
        }
    }
}
