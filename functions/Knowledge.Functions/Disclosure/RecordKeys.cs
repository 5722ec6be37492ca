using System.Security.Cryptography;

namespace Knowledge.Disclosure;

/// <summary>
/// Record keys of the Cell Key Method: each answer and note draws a key uniformly from [0, 2^32) when first stored.
/// Counter rows keep the sum of the keys they count modulo 2^32, so a cell's key is known from its counters alone.
/// </summary>
public static class RecordKeys
{
    public const long Modulus = 1L << 32;

    /// <summary>The key of a record stored before records had keys: drawn from its id, so it stays the same.</summary>
    public static long Of(Guid recordId) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(recordId.ToString("D"))));

    /// <summary>Adds (sign +1) or removes (sign -1) a key from a sum, modulo 2^32.</summary>
    public static long Add(long sum, long key, int sign) => (((sum + (sign * key)) % Modulus) + Modulus) % Modulus;

    /// <summary>The cell key: the fractional part of the summed record keys, in [0, 1).</summary>
    public static double CellKey(long keySum) => (double)(((keySum % Modulus) + Modulus) % Modulus) / Modulus;
}

/// <summary>Where new records' keys come from: cryptographic randomness, so no one can choose or predict them.</summary>
public interface IRecordKeySource
{
    long Next();
}

internal sealed class RandomRecordKeySource : IRecordKeySource
{
    public long Next() => BitConverter.ToUInt32(RandomNumberGenerator.GetBytes(4));
}
