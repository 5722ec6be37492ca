namespace Knowledge.Disclosure;

/// <summary>A cell before publication: how many records it counts and the sum of their record keys (modulo 2^32).</summary>
public readonly record struct CellCount(int Count, long KeySum)
{
    public static CellCount Zero => default;

    public double CellKey => RecordKeys.CellKey(KeySum);

    public CellCount Add(CellCount other) => new(Count + other.Count, RecordKeys.Add(KeySum, other.KeySum, +1));

    public CellCount Add(long key, int sign) => new(Count + sign, RecordKeys.Add(KeySum, key, sign));
}
