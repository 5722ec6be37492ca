using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Api;

/// <summary>
/// Sends bad-input cases, each as its caller, and describes every answer that is not the 4xx problem+json the case
/// expects (with a <c>status</c> that matches and, for a 400, <c>errors</c> naming the field), and every request that
/// added, changed or removed a table row.
/// </summary>
internal static class BadInputRunner
{
    public static async Task<IReadOnlyList<string>> RunAsync(TestEnvironment env, IReadOnlyList<BadInputCase> cases)
    {
        var failures = new List<string>();
        var before = await TableSnapshot.TakeAsync(env.Tables);
        foreach (var @case in cases)
        {
            var client = await env.ClientAsync(@case.Caller);
            using var request = new HttpRequestMessage(new HttpMethod(@case.Method), @case.Url) { Content = @case.Content?.Invoke() };
            foreach (var (name, value) in @case.Headers ?? [])
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await client.SendAsync(request);
            if (await FailureAsync(@case, response) is { } failure)
            {
                failures.Add($"{@case}: {failure}");
            }

            if (@case.Method != "GET" && TableSnapshot.Changes(before, await TableSnapshot.TakeAsync(env.Tables)) is { Count: > 0 } changes)
            {
                failures.Add($"{@case}: stored {string.Join("; ", changes.Take(3))}");
                before = await TableSnapshot.TakeAsync(env.Tables);
            }
        }

        return failures;
    }

    public static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private static async Task<string?> FailureAsync(BadInputCase @case, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (@case.Outcome == BadInputOutcome.Ignored)
        {
            return response.IsSuccessStatusCode ? null : $"expected the unknown field to be ignored, got {status} {Shorten(text)}";
        }

        var allowed = @case.Outcome switch
        {
            BadInputOutcome.FieldError => [400],
            BadInputOutcome.TooLarge => [413, 400],
            BadInputOutcome.Stale => [412],
            BadInputOutcome.UnsupportedMediaType => [415],
            BadInputOutcome.UriTooLong => [414],
            BadInputOutcome.HeadersTooLarge => [431],
            _ => new[] { 400, 404 },
        };
        if (!allowed.Contains(status))
        {
            return $"expected {string.Join(" or ", allowed)}, got {status} {Shorten(text)}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} is {response.Content.Headers.ContentType?.MediaType ?? "without a type"}, not problem+json";
        }

        JsonObject problem;
        try
        {
            problem = JsonNode.Parse(text)!.AsObject();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return $"the problem is not a JSON object: {Shorten(text)}";
        }

        if (problem["status"]?.GetValue<int>() != status)
        {
            return $"the problem's status is {problem["status"]?.ToJsonString() ?? "missing"}, not {status}";
        }

        var field = @case.Outcome == BadInputOutcome.FieldError || (status == 400 && @case.Field is not null) ? @case.Field : null;
        return field is null || Names(problem, field) ? null : $"the 400 does not name '{field}': {Shorten(text)}";
    }

    // The field is a key of errors ("data", or an inner "data.sizeClass"), as ProblemAssertions.AssertFieldErrorsAsync expects.
    private static bool Names(JsonObject problem, string field) =>
        problem["errors"] is JsonObject errors
        && errors.Select(e => e.Key).Any(k => k == field || k.StartsWith(field + ".", StringComparison.Ordinal) || k.StartsWith(field + "[", StringComparison.Ordinal));
}
