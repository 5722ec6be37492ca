namespace Knowledge.Surveys;

/// <summary>
/// A survey definition the server cannot validate answers against (duplicate names,
/// malformed elements, or SurveyJS features that change the shape of the answer data).
/// Thrown by <see cref="SurveyQuestionReader.Read"/>; the message names the offending element.
/// </summary>
internal sealed class InvalidSurveyDefinitionException(string message) : Exception(message);
