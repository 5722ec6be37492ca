namespace Knowledge.Shared;

/// <summary>
/// Answers an exception that escaped a function, the same in both hosts: 503 with Retry-After when storage is
/// unavailable (clients retry with the same ids, so an answer is neither lost nor counted twice), 500 with the
/// invocation id otherwise; never a stack trace.
/// </summary>
internal static partial class FunctionFailure
{
    public const int RetryAfterSeconds = 5;

    public static Task WriteAsync(HttpContext http, Exception exception, string functionName, string invocationId, ILogger logger)
    {
        if (StorageFaults.IsUnavailable(exception, http.RequestAborted.IsCancellationRequested))
        {
            LogStorageUnavailable(logger, functionName, invocationId, exception);
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Problems.StorageUnavailable(RetryAfterSeconds, invocationId).ExecuteAsync(http);
        }

        LogFailed(logger, functionName, invocationId, exception);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "Unexpected error",
            detail: $"The request could not be completed. Invocation id: {invocationId}.").ExecuteAsync(http);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {FunctionName} found storage unavailable (invocation {InvocationId}); answered 503")]
    private static partial void LogStorageUnavailable(ILogger logger, string functionName, string invocationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {FunctionName} failed (invocation {InvocationId})")]
    private static partial void LogFailed(ILogger logger, string functionName, string invocationId, Exception exception);
}
