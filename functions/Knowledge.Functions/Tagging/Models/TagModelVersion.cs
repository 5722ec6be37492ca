namespace Knowledge.Tagging.Models;

/// <summary>
/// A model kept in storage, with the figures it was judged by. <c>Promoted</c> says it passed its check (or was
/// the shipped model) and so may be taken back into use; a candidate that did not pass stays for the record.
/// </summary>
public sealed record TagModelVersion(
    string Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int TrainingReviews,
    ModelFigures? Figures,
    bool Promoted);

/// <summary>Macro-F1 on the corpus's test split and on the held-out part of the reviews.</summary>
public sealed record ModelFigures(double TestMacroF1, int TestStatements, double ReviewsMacroF1, int HeldOutReviews);

/// <summary>Which version tags now, since when and on whose word (null for the shipped model never replaced).</summary>
public sealed record PromotedVersion(string Version, DateTimeOffset PromotedAt, string PromotedBy);
