using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Knowledge.Surveys;

/// <summary>The body replacing a draft: its SurveyJS definition.</summary>
internal sealed record DraftRequest(JsonObject Definition);

/// <summary>The request bodies survey authoring binds, source-generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DraftRequest))]
internal sealed partial class AuthoringBodies : JsonSerializerContext;
