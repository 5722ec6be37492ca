namespace Knowledge.Shared.Privacy;

/// <summary>The two kinds of Swedish personal identity numbers that Skatteverket issues.</summary>
public enum PersonalIdentityKind
{
    /// <summary>A personnummer: birth date, serial and check digit.</summary>
    Personnummer,

    /// <summary>A samordningsnummer (coordination number) for people not registered in Sweden: the day is birth day + 60.</summary>
    Samordningsnummer,
}
