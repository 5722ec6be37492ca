namespace Knowledge.Examples;

public sealed class ExamplesOptions
{
    public const string Section = "Examples";

    /// <summary>How often, at most, an instance asks storage whether another instance changed the catalogue.</summary>
    public double SyncSeconds { get; set; } = 3;
}
