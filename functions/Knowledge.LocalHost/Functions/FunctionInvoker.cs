using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Knowledge.LocalHost.Functions;

/// <summary>
/// Builds the function's class through DI (a new instance per invocation, as the worker does), binds its
/// parameters and awaits its result. Unsupported parameter or return types fail at start, not per request.
/// </summary>
internal static class FunctionInvoker
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void EnsureBindable(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            var supported = parameter.GetCustomAttribute<HttpTriggerAttribute>() is not null && parameter.ParameterType == typeof(HttpRequest)
                || parameter.GetCustomAttribute<TimerTriggerAttribute>() is not null && parameter.ParameterType == typeof(TimerInfo)
                || parameter.GetCustomAttribute<FromBodyAttribute>() is not null
                || parameter.ParameterType == typeof(CancellationToken)
                || IsRouteValueType(parameter.ParameterType);
            if (!supported)
            {
                throw new NotSupportedException($"{method.DeclaringType?.Name}.{method.Name}: parameter '{parameter.Name}' of type {parameter.ParameterType.Name} cannot be bound by the standalone host.");
            }
        }

        var result = UnwrapTask(method.ReturnType);
        if (result is not null && result != typeof(void) && !typeof(IResult).IsAssignableFrom(result))
        {
            throw new NotSupportedException($"{method.DeclaringType?.Name}.{method.Name}: return IResult (TypedResults); {result.Name} is not supported by the standalone host.");
        }
    }

    /// <summary>Binds the request to the function's parameters, invokes it and executes its result.</summary>
    public static async Task InvokeHttpAsync(MethodInfo method, HttpContext context)
    {
        var arguments = new object?[method.GetParameters().Length];
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.ParameterType == typeof(HttpRequest))
            {
                arguments[parameter.Position] = context.Request;
            }
            else if (parameter.ParameterType == typeof(CancellationToken))
            {
                arguments[parameter.Position] = context.RequestAborted;
            }
            else if (parameter.GetCustomAttribute<FromBodyAttribute>() is not null)
            {
                try
                {
                    arguments[parameter.Position] = await JsonSerializer.DeserializeAsync(context.Request.Body, parameter.ParameterType, Json, context.RequestAborted);
                }
                catch (JsonException ex)
                {
                    await TypedResults.Problem(statusCode: 400, title: "Malformed JSON", detail: ex.Message).ExecuteAsync(context);
                    return;
                }
            }
            else if (!TryRouteValue(context, parameter, out arguments[parameter.Position]))
            {
                await TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"'{parameter.Name}' is not valid here.").ExecuteAsync(context);
                return;
            }
        }

        var result = await InvokeAsync(method, context.RequestServices, arguments);
        if (result is IResult httpResult)
        {
            await httpResult.ExecuteAsync(context);
        }
    }

    public static Task<object?> InvokeTimerAsync(MethodInfo method, IServiceProvider services, TimerInfo timer, CancellationToken cancellationToken)
    {
        var arguments = method.GetParameters()
            .Select(p => p.ParameterType == typeof(TimerInfo) ? timer : p.ParameterType == typeof(CancellationToken) ? (object)cancellationToken : null)
            .ToArray();
        return InvokeAsync(method, services, arguments);
    }

    private static async Task<object?> InvokeAsync(MethodInfo method, IServiceProvider services, object?[] arguments)
    {
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        try
        {
            var returned = method.Invoke(target, arguments);
            switch (returned)
            {
                case Task task:
                    await task;
                    return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
                default:
                    return returned;
            }
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
        finally
        {
            (target as IDisposable)?.Dispose();
        }
    }

    // Like the Functions host, a route value that does not convert means the route does not match.
    private static bool TryRouteValue(HttpContext context, ParameterInfo parameter, out object? value)
    {
        var raw = context.GetRouteValue(parameter.Name!)?.ToString();
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        value = raw is null ? (parameter.HasDefaultValue ? parameter.DefaultValue : null) : null;
        if (raw is null || type == typeof(string))
        {
            value ??= raw;
            return true;
        }

        try
        {
            value = type == typeof(Guid) ? Guid.Parse(raw) : Convert.ChangeType(raw, type, CultureInfo.InvariantCulture);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException)
        {
            return false;
        }
    }

    private static bool IsRouteValueType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type == typeof(Guid) || type.IsPrimitive;
    }

    private static Type? UnwrapTask(Type type) =>
        type == typeof(Task) ? typeof(void)
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>) ? type.GetGenericArguments()[0]
        : type;
}
