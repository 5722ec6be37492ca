namespace Knowledge.Shared;

/// <summary>A <see cref="RecordIndex"/> row: its keys are all it holds.</summary>
internal sealed class IndexEntity : TableRow;
