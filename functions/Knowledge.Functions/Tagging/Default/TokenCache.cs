using System.Collections.Concurrent;

namespace Knowledge.Tagging;

/// <summary>
/// Word analyses by lower-cased word, shared by all threads. Notes reuse a small vocabulary, so nearly every word is
/// stemmed and matched once; looked up by span so the hot path allocates no strings. Bounded so odd input cannot grow it.
/// </summary>
internal sealed class TokenCache
{
    private readonly ConcurrentDictionary<string, TokenInfo> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenInfo>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly Func<string, TokenInfo> analyze;
    private readonly int capacity;
    private int count;

    public TokenCache(Func<string, TokenInfo> analyze, int capacity)
    {
        this.analyze = analyze;
        this.capacity = capacity;
        lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TokenInfo Get(ReadOnlySpan<char> lowered)
    {
        if (lookup.TryGetValue(lowered, out var info))
        {
            return info;
        }
        var word = lowered.ToString();
        info = analyze(word);
        if (Volatile.Read(ref count) < capacity && cache.TryAdd(word, info))
        {
            Interlocked.Increment(ref count);
        }
        return info;
    }
}
