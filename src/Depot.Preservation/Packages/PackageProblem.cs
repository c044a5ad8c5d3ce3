namespace Depot.Preservation.Packages;

/// <summary>Why a package (a bag, a zip) is refused or a part of it was not taken, in Dutch and English.</summary>
/// <param name="Code">Stable short code for programs and tests, e.g. <c>checksum-mismatch</c>.</param>
/// <param name="MessageNl">For people, in Dutch.</param>
/// <param name="MessageEn">For people, in English.</param>
public sealed record PackageProblem(string Code, string MessageNl, string MessageEn)
{
    public override string ToString() => $"{Code}: {MessageEn}";
}

/// <summary>A package that cannot be read at all (unsafe zip, too large, no bag), with the reason.</summary>
public sealed class PackageRefusedException(PackageProblem problem) : Exception(problem.MessageEn)
{
    public PackageProblem Problem { get; } = problem;
}
