using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Tests.LocalHost;

/// <summary>Functions in the test assembly that exercise every binding the standalone host supports.</summary>
internal sealed class SampleFunctions(SampleRecorder recorder)
{
    public sealed record Greeting(string Name, int Times);

    [Function("Sample_Echo")]
    [Anonymous]
    public IResult Echo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "samples/{id}/echo/{count:int}")] HttpRequest request,
        [Microsoft.Azure.Functions.Worker.Http.FromBody] Greeting greeting,
        string id,
        int count,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(new { id, count, greeting.Name, greeting.Times, query = request.Query["q"].ToString(), cancellable = cancellationToken.CanBeCanceled });

    [Function("Sample_AnyMethod")]
    [Anonymous]
    public IResult AnyMethod([HttpTrigger(AuthorizationLevel.Anonymous)] HttpRequest request) => TypedResults.Ok(request.Method);

    [Function("Sample_AdminOnly")]
    [AllowedRoles(Roles.Admin)]
    public IResult AdminOnly([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/admin")] HttpRequest request) =>
        TypedResults.Ok(Caller.Of(request).UserId);

    [Function("Sample_Tick")]
    public Task Tick([TimerTrigger("*/1 * * * * *", RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken)
    {
        recorder.Record(timer);
        return Task.CompletedTask;
    }
}

internal sealed class SampleRecorder
{
    private readonly List<TimerInfo> _ticks = [];
    private readonly SemaphoreSlim _signal = new(0);

    public IReadOnlyList<TimerInfo> Ticks
    {
        get
        {
            lock (_ticks)
            {
                return [.. _ticks];
            }
        }
    }

    public void Record(TimerInfo timer)
    {
        lock (_ticks)
        {
            _ticks.Add(timer);
        }

        _signal.Release();
    }

    public async Task WaitForTicksAsync(int count, TimeSpan timeout)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True(await _signal.WaitAsync(timeout), $"Timer ran {Ticks.Count} times, expected {count}.");
        }
    }
}
