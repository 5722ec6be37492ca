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
        if (body is null)
        {
            return (null, problem);
        }

        var errors = BodyShape.Check(body, type);
        if (errors.Count > 0)
        {
            return (null, Problems.Invalid(errors));
        }

        try
        {
            return (System.Text.Json.JsonSerializer.Deserialize(body, type)!, null);
        }
        catch (JsonException ex)
        {
            // The shape check lets nothing through that the serializer refuses; should the two ever disagree, the
            // client still learns which field, never a 500.
            return (null, Problems.Invalid(BodyShape.FieldName(ex.Path), "Has a value of the wrong type."));
        }
    }
}
