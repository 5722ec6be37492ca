using Microsoft.Azure.Functions.Worker.Middleware;

namespace Knowledge.Shared;

/// <summary>Answers an exception that escaped a function as a problem (see <see cref="FunctionFailure"/>).</summary>
internal sealed class ExceptionHandlingMiddleware(ILogger<ExceptionHandlingMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            await FunctionFailure.WriteAsync(http, ex, context.FunctionDefinition.Name, context.InvocationId, logger);
        }
    }
}
