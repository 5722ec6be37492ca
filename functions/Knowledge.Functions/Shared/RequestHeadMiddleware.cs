using Microsoft.Azure.Functions.Worker.Middleware;

namespace Knowledge.Shared;

/// <summary>Answers a request whose line or headers <see cref="RequestHead"/> refuses, before the function runs.</summary>
internal sealed class RequestHeadMiddleware : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } http && RequestHead.Check(http.Request) is { } problem)
        {
            // The ASP.NET Core integration executes an IResult it finds as the invocation's result, as for any function.
            context.GetInvocationResult().Value = problem;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
