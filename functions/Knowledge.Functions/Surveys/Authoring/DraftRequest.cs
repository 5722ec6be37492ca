using System.Text.Json.Nodes;

namespace Knowledge.Surveys;

/// <summary>The body replacing a draft: its SurveyJS definition.</summary>
internal sealed record DraftRequest(JsonObject Definition);
