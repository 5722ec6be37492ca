using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Knowledge.Tests.Api;

/// <summary>
/// Holds every API answer a test client receives to the generated API description: the status must be one the operation
/// documents, and a JSON body must match the documented schema (checked by JsonSchema.Net, <see cref="SchemaChecker"/>).
/// A mismatch fails the test that made the call, so the description stays true for every response the HTTP tests see,
/// not only for a few sampled ones.
/// </summary>
internal sealed class ContractCheckingHandler : DelegatingHandler
{
    private static readonly Lazy<(OpenApiDocument Document, SchemaChecker Checker, IReadOnlyList<(Regex Pattern, string Path, int Literals)> Paths)> Contract = new(() =>
    {
        var document = OpenApiDocument.Load();
        var paths = document.Root["paths"]!.AsObject()
            .Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^/]+?}", "[^/]+") + "$"), p.Key, p.Key.Split('/').Count(s => !s.StartsWith('{'))))
            .ToList();
        return (document, new SchemaChecker(document), paths);
    });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var violation = await CheckAsync(request, response, cancellationToken);
        return violation is null ? response : throw new InvalidOperationException($"The answer breaks the API description: {violation}");
    }

    private static async Task<string?> CheckAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return null;
        }

        var (document, checker, paths) = Contract.Value;
        var method = request.Method.Method.ToLowerInvariant();
        var template = paths.Where(p => p.Pattern.IsMatch(path) && document.Root["paths"]![p.Path]![method] is not null)
            .OrderByDescending(p => p.Literals)
            .Select(p => p.Path)
            .FirstOrDefault();
        if (template is null)
        {
            return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : $"{method.ToUpperInvariant()} {path} is not described";
        }

        var status = (int)response.StatusCode;
        var responses = document.Operation(method, template)["responses"]!.AsObject();
        if (!responses.ContainsKey(status.ToString(System.Globalization.CultureInfo.InvariantCulture)) && !responses.ContainsKey("default"))
        {
            return $"{method.ToUpperInvariant()} {template} answered {status}, which it does not document";
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not ("application/json" or "application/problem+json"))
        {
            return null;
        }

        JsonNode schema;
        try
        {
            schema = document.ResponseSchema(method, template, status, mediaType);
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var errors = checker.Check(body, schema);
        return errors.Count == 0 ? null : $"{method.ToUpperInvariant()} {template} {status}: {string.Join("; ", errors.Take(5))}";
    }
}
