namespace Knowledge.Shared;

/// <summary>
/// Stores a client-identified record once: the first store is Created, a retry with the same body replays the
/// stored record, and the same id with another body is a conflict. A retry is recognised before the record is
/// built (tagging can be slow), and a concurrent first store is caught by the insert itself.
/// </summary>
internal static class IdempotentWrite
{
    public static async Task<WriteOutcome<T>> StoreOnceAsync<T>(
        string bodyHash,
        Func<T, string> storedHash,
        Func<Task<T?>> readStored,
        Func<Task<T>> build,
        Func<T, Task<bool>> tryAdd,
        string conflictDetail)
        where T : class
    {
        if (await readStored() is { } existing)
        {
            return Replay(existing);
        }

        var record = await build();
        return await tryAdd(record)
            ? new WriteOutcome<T>(WriteStatus.Created, record)
            : await readStored() is { } raced ? Replay(raced) : WriteOutcome<T>.Fail(WriteStatus.Conflict, conflictDetail);

        WriteOutcome<T> Replay(T stored) =>
            storedHash(stored) == bodyHash
                ? new WriteOutcome<T>(WriteStatus.Replayed, stored)
                : WriteOutcome<T>.Fail(WriteStatus.Conflict, conflictDetail);
    }
}
