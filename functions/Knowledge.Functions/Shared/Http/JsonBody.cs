using System.Text.Json.Serialization.Metadata;

namespace Knowledge.Shared.Http;

/// <summary>
/// Binds a request body to its typed record, the one declaration that also describes the body in the API
/// description: the body is read (size, media type, strict JSON), checked against the record's shape and its
/// DataAnnotations by <see cref="BodyShape"/>, which names every bad field as the client wrote it
/// (<c>data.sizeClass</c>, <c>challenges[1]</c>), and only then deserialized by the feature's source-generated context.
/// What the record cannot say (a codebook tag, a municipality code) the feature's service checks on the typed value.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> BindAsync<T>(
        HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken, long maxBytes = JsonRequest.DefaultMaxBytes, bool anyMediaType = false)
        where T : class
    {
        var (body, problem) = await JsonRequest.ReadObjectAsync(request, cancellationToken, maxBytes, anyMediaType);
        return body is null ? (null, problem) : Bound(body, type);
    }

    /// <summary>
    /// Binds an edit's body whose <paramref name="field"/> (an example's slug) the address gives when the body leaves
    /// it out, so the record can require the field and a create without it is named with the body's other errors.
    /// </summary>
    public static async Task<(T? Value, IResult? Problem)> BindEditAsync<T>(
        HttpRequest request, JsonTypeInfo<T> type, string field, string fromAddress, CancellationToken cancellationToken)
        where T : class
    {
        var (body, problem) = await JsonRequest.ReadObjectAsync(request, cancellationToken);
        if (body is null)
        {
            return (null, problem);
        }

        body[field] ??= fromAddress;
        return Bound(body, type);
    }

    private static (T? Value, IResult? Problem) Bound<T>(JsonObject body, JsonTypeInfo<T> type)
        where T : class
    {
        var (value, errors) = Bind(body, type);
        return value is null ? (null, Problems.Invalid(errors)) : (value, null);
    }

    /// <summary>
    /// Binds an object already parsed (a shipped seed entry), by the same checks as a request body, so a seed
    /// passes exactly the rules an edit does. The object's strings are trimmed in place.
    /// </summary>
    public static (T? Value, Dictionary<string, string[]> Errors) Bind<T>(JsonObject body, JsonTypeInfo<T> type)
        where T : class
    {
        var errors = BodyShape.Check(body, type);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        try
        {
            return (JsonSerializer.Deserialize(body, type)!, errors);
        }
        catch (JsonException ex)
        {
            // The shape check lets nothing through that the serializer refuses; should the two ever disagree, the
            // client still learns which field, never a 500.
            errors[BodyShape.FieldName(ex.Path)] = ["Has a value of the wrong type."];
            return (null, errors);
        }
    }
}
