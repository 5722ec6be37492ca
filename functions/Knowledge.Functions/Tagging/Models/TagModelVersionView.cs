namespace Knowledge.Tagging.Models;

/// <summary>A version as admins see it: the tagger name its tags carry, whether it is shipped, in use, or may be put back.</summary>
internal sealed record TagModelVersionView(
    string Version,
    string Tagger,
    bool Shipped,
    bool InUse,
    bool Promoted,
    DateTimeOffset? CreatedAt,
    string? CreatedBy,
    int TrainingReviews,
    ModelFigures? Figures)
{
    public static TagModelVersionView From(TagModelVersion version, bool shipped, bool inUse) =>
        new(
            version.Version,
            CombinedTagger.NameOf(version.Version),
            shipped,
            inUse,
            version.Promoted,
            version.CreatedAt == DateTimeOffset.MinValue ? null : version.CreatedAt,
            version.CreatedBy.Length == 0 ? null : version.CreatedBy,
            version.TrainingReviews,
            version.Figures);
}
