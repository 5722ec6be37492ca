namespace Knowledge.Shared.Http;

// What an HTTP function declares beside its roles, so that the OpenAPI description (Api/OpenApiGenerator) is
// generated from the code instead of kept by hand: its tag and summary, parameters, body, answers and problems.

/// <summary>The operation's tag (its feature) and one-line summary; <see cref="Notes"/> follow the roles in its description.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class OperationAttribute(string tag, string summary) : Attribute
{
    public string Tag { get; } = tag;

    public string Summary { get; } = summary;

    public string? Notes { get; init; }
}

/// <summary>
/// A path or query parameter (a path one when the route names it). Its schema is a string unless <see cref="Type"/>
/// says otherwise; <see cref="Pattern"/>, <see cref="Enum"/>, <see cref="Minimum"/> and <see cref="Maximum"/> are the
/// limits the handler enforces, from which the bad-input tests derive requests.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class ParameterAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    public bool Required { get; init; }

    public Type Type { get; init; } = typeof(string);

    public string? Format { get; init; }

    public string? Pattern { get; init; }

    public string[]? Enum { get; init; }

    public string? Default { get; init; }

    public double Minimum { get; init; } = double.NaN;

    public double Maximum { get; init; } = double.NaN;
}

/// <summary>
/// The query parameters declared (<see cref="ParameterAttribute"/>) on <paramref name="type"/>, a record several
/// operations read alike, so they are described once beside it (such as the needs filter).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
internal sealed class ParametersOfAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

/// <summary>The operation honours <c>If-Match</c> (412 when stale).</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class IfMatchAttribute : Attribute;

/// <summary>The request body: a JSON record (its schema comes from the type), or a string in another media type.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class AcceptsAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;

    public string MediaType { get; init; } = "application/json";

    public string? Description { get; init; }

    /// <summary>False for a body read as it comes (Static Web Apps' sign-in payload): no 415.</summary>
    public bool ChecksMediaType { get; init; } = true;
}

/// <summary>Headers a success answer carries.</summary>
[Flags]
internal enum ResponseHeaders
{
    None = 0,
    Location = 1,
    ETag = 2,
    ContentDisposition = 4,
}

/// <summary>A success answer: its status, body type (null for none) and media type. One per status and media type.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
internal sealed class ReturnsAttribute(int status, Type? type, string description) : Attribute
{
    public int Status { get; } = status;

    public Type? Type { get; } = type;

    public string Description { get; } = description;

    public string MediaType { get; init; } = "application/json";

    public ResponseHeaders Headers { get; init; }
}

/// <summary>
/// The problems the operation answers beyond those every operation may (400, 414, 431, 500), a protected one
/// (401, 403) and one with a body (413, 415).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class FailsAttribute(params int[] statuses) : Attribute
{
    public IReadOnlyList<int> Statuses { get; } = statuses;
}
