using System.ComponentModel.DataAnnotations;

namespace Knowledge.Needs;

public sealed class NeedsOptions
{
    public const string Section = "Needs";

    /// <summary>Figures built from fewer respondents than this are suppressed everywhere they are published.</summary>
    [Range(1, 100)]
    public int SuppressionThreshold { get; set; } = 3;
}
