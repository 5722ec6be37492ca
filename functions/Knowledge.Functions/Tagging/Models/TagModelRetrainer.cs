using System.Security.Cryptography;
using Knowledge.Tagging.Training;

namespace Knowledge.Tagging.Models;

/// <summary>
/// Runs one retrain: reads the reviewed notes (masked text only), trains a candidate from the corpus's train split
/// plus four reviews in five, judges it against the model in use on the corpus's test split and on the fifth review
/// held out, stores it with its figures, and promotes it only if it is no worse on both.
/// </summary>
internal sealed partial class TagModelRetrainer(
    IReviewedTexts reviewed,
    ITagModelStore store,
    TagModels models,
    PromotedTagModel inUse,
    DefaultTagger rules,
    TimeProvider clock,
    ILogger<TagModelRetrainer> logger)
{
    /// <summary>One review in this many is held out for judging, chosen by a hash of its id so it stays out in every retrain.</summary>
    public const int HeldOutEvery = 5;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    /// <summary>Advances the job to its end, saving each step through <paramref name="save"/>; null when another instance took it over.</summary>
    public async Task<RetrainJob?> RunAsync(RetrainJob job, Func<RetrainJob, Task<RetrainJob?>> save, CancellationToken cancellationToken)
    {
        var running = await save(job.At(RetrainStage.ReadingReviews, 0.02));
        if (running is null)
        {
            return null;
        }

        var (train, heldOut) = await ReadReviewsAsync(cancellationToken);
        var corpus = CorpusFiles.Embedded.Value;
        var splits = CorpusSplits.Load(corpus).Assign(CorpusReader.Read(corpus, rules.Vocabulary.TagNames));
        var progress = new TrainingProgress();
        var training = Task.Run(() => new TagModelTrainer(new TrainingSettings()).Train(splits, CorpusReader.Hash(corpus), train, progress), cancellationToken);
        while (await Task.WhenAny(training, Task.Delay(ProgressInterval, clock, cancellationToken)) != training)
        {
            running = await save(running.At(RetrainStage.Training, 0.05 + (0.8 * progress.Share)));
            if (running is null)
            {
                return null;
            }
        }

        var file = await training;
        running = await save(running.At(RetrainStage.Evaluating, 0.9));
        if (running is null)
        {
            return null;
        }

        var previous = inUse.Current;
        var candidate = new TagModel(file);
        var previousFigures = Judge(previous, splits.Test, heldOut);
        var candidateFigures = Judge(candidate, splits.Test, heldOut);
        // The same corpus and reviews train the same model again: nothing new to store or promote.
        var promote = candidate.Version != previous.Version && RetrainResult.NoWorse(candidateFigures, previousFigures);
        if (candidate.Version != previous.Version)
        {
            var record = new TagModelVersion(file.Version, clock.GetUtcNow(), running.CreatedBy, train.Count, candidateFigures, Promoted: false);
            await store.SaveAsync(file, record, cancellationToken);
            if (promote)
            {
                await models.PromoteAsync(record, candidate, running.CreatedBy, "retrain", cancellationToken);
            }
        }

        LogJudged(logger, running.JobId, file.Version, candidateFigures.TestMacroF1, candidateFigures.ReviewsMacroF1, previous.Version, previousFigures.TestMacroF1, previousFigures.ReviewsMacroF1, promote);
        return await save(running with
        {
            Status = RetrainStatus.Completed,
            Stage = RetrainStage.Done,
            Progress = 1,
            FinishedAt = clock.GetUtcNow(),
            Result = new RetrainResult(file.Version, previous.Version, promote, candidateFigures, previousFigures, train.Count),
        });
    }

    /// <summary>Whether a review is held out for judging rather than learned from.</summary>
    public static bool IsHeldOut(string id) => SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % HeldOutEvery == 0;

    private async Task<(List<CorpusStatement> Train, List<CorpusStatement> HeldOut)> ReadReviewsAsync(CancellationToken cancellationToken)
    {
        var (train, heldOut) = (new List<CorpusStatement>(), new List<CorpusStatement>());
        await foreach (var review in reviewed.ReadAllAsync(cancellationToken))
        {
            var statement = new CorpusStatement($"review-{review.Id}", review.MaskedText, "sv", review.Tags, new CorpusSource("reviews"), "need", null);
            (IsHeldOut(review.Id) ? heldOut : train).Add(statement);
        }

        return (train, heldOut);
    }

    private ModelFigures Judge(TagModel model, IReadOnlyList<CorpusStatement> test, IReadOnlyList<CorpusStatement> heldOut)
    {
        var tagger = new CombinedTagger(rules, model);
        var tags = rules.Vocabulary.TagNames;
        return new ModelFigures(
            Math.Round(TaggerEvaluation.Run(tagger, tags, test).MacroF1(Variant.Combined), 4),
            test.Count,
            Math.Round(TaggerEvaluation.Run(tagger, tags, heldOut).MacroF1(Variant.Combined), 4),
            heldOut.Count);
    }

    private sealed class TrainingProgress : IProgress<double>
    {
        private double share;

        public double Share => Volatile.Read(ref share);

        public void Report(double value) => Volatile.Write(ref share, value);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrain {JobId}: candidate {Candidate} (test {CandidateTest}, reviews {CandidateReviews}) against {Previous} (test {PreviousTest}, reviews {PreviousReviews}); promoted {Promoted}")]
    private static partial void LogJudged(ILogger logger, Guid jobId, string candidate, double candidateTest, double candidateReviews, string previous, double previousTest, double previousReviews, bool promoted);
}
