using Microsoft.AspNetCore.Http;

namespace Knowledge.Shared;

public enum WriteStatus
{
    Created,
    Replayed,
    Updated,
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
    PreconditionFailed,
    Gone,
}

/// <summary>What became of an idempotent write; <see cref="ToResult"/> gives each status its one HTTP result.</summary>
public sealed record WriteOutcome<T>(WriteStatus Status, T? Value = default, IDictionary<string, string[]>? Errors = null, string? Detail = null)
    where T : class
{
    public static WriteOutcome<T> Invalid(IDictionary<string, string[]> errors) => new(WriteStatus.Invalid, Errors: errors);

    public static WriteOutcome<T> Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static WriteOutcome<T> Fail(WriteStatus status, string detail) => new(status, Detail: detail);

    /// <summary>The status's HTTP result; a success carries the record's ETag when it has one (<see cref="IVersioned"/>).</summary>
    internal IResult ToResult(Func<T, object> view, Func<T, string> location) => Status switch
    {
        WriteStatus.Created or WriteStatus.Replayed or WriteStatus.Updated when Value is IVersioned versioned => EntityTags.With(Unversioned(view, location), versioned.ETag),
        _ => Unversioned(view, location),
    };

    private IResult Unversioned(Func<T, object> view, Func<T, string> location) => Status switch
    {
        WriteStatus.Created => TypedResults.Created(location(Value!), view(Value!)),
        WriteStatus.Replayed or WriteStatus.Updated => TypedResults.Ok(view(Value!)),
        WriteStatus.Invalid => Problems.Invalid(Errors!),
        WriteStatus.Forbidden => Problems.Forbidden(Detail!),
        WriteStatus.NotFound => Problems.NotFound(Detail!),
        WriteStatus.Gone => Problems.Gone(Detail!),
        WriteStatus.PreconditionFailed => TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else", detail: Detail),
        _ => Problems.Conflict(Detail!),
    };
}
