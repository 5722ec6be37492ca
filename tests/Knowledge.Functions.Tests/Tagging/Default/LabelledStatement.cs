namespace Knowledge.Tests.Tagging;

/// <summary>A hand-written statement and the codebook tags a careful human coder would give it.</summary>
public sealed record LabelledStatement(string Text, IReadOnlyList<string> Tags)
{
    public override string ToString() => Text;
}
