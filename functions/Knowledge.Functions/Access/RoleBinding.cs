namespace Knowledge.Access;

/// <summary>The roles a user gets at sign-in; <c>User</c> is the sign-in name Static Web Apps reports (userDetails).</summary>
public sealed record RoleBinding(string User, IReadOnlyList<string> Roles, DateTimeOffset UpdatedAt);
