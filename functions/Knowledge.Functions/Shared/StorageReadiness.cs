namespace Knowledge.Shared;

/// <summary>Set once the tables exist and the seeds are written; health answers 200 only after that.</summary>
internal sealed class StorageReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public string? Failure { get; private set; }

    public Task WhenReady => _ready.Task;

    public void MarkReady() => _ready.TrySetResult();

    public void MarkFailed(string reason) => Failure = reason;
}
