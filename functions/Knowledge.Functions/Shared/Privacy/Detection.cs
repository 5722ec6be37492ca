namespace Knowledge.Shared.Privacy;

/// <summary>Personal data found in the text being masked, in that text's positions.</summary>
internal readonly record struct Detection(int Start, int Length, string Kind)
{
    public int End => Start + Length;
}
