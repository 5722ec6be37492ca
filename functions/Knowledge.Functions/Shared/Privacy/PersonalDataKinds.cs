namespace Knowledge.Shared.Privacy;

/// <summary>The kinds of personal data the masker replaces; each is also its placeholder text, in brackets.</summary>
public static class PersonalDataKinds
{
    public const string Personnummer = "personnummer";
    public const string Samordningsnummer = "samordningsnummer";
    public const string Email = "e-post";
    public const string Phone = "telefon";

    /// <summary>The placeholder that replaces data of <paramref name="kind"/>, e.g. "[telefon]".</summary>
    public static string Placeholder(string kind) => $"[{kind}]";
}
