using System.Net.Sockets;
using Azure;

namespace Knowledge.Shared;

/// <summary>
/// Tells a storage outage (nothing listening, a dropped connection, a timeout, a throttled or failing service)
/// from a bug. An outage is worth retrying with the same ids, so it answers 503 instead of 500.
/// </summary>
internal static class StorageFaults
{
    /// <summary>
    /// True for what the Azure SDK throws when storage is unreachable or failing: a <see cref="RequestFailedException"/>
    /// with no response (status 0, a network exception inside), 408, 429 or 5xx; a network exception; a timeout cancellation while the request
    /// itself was not aborted; and the <see cref="AggregateException"/> its retry policy throws after the last try.
    /// </summary>
    public static bool IsUnavailable(Exception exception, bool requestAborted) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => IsUnavailable(e, requestAborted)),
        // Status 0 is no response at all; the SDK puts the network exception inside.
        RequestFailedException { Status: 0 } failed => failed.InnerException is { } inner && IsUnavailable(inner, requestAborted),
        RequestFailedException failed => failed.Status is 408 or 429 or >= 500 and < 600,
        HttpRequestException or SocketException or IOException => true,
        OperationCanceledException => !requestAborted,
        _ => false,
    };
}
