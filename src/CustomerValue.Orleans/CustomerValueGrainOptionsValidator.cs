using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace CustomerValue.Orleans;

/// <summary>Validates <see cref="CustomerValueGrainOptions"/> and reports every problem in one message, one line per problem.</summary>
internal sealed class CustomerValueGrainOptionsValidator : IValidateOptions<CustomerValueGrainOptions>
{
    /// <summary>The largest allowed <see cref="CustomerValueGrainOptions.PartitionCount"/>.</summary>
    public const int MaxPartitions = 65_536;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CustomerValueGrainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.ObservationEnd is null)
        {
            errors.Add("ObservationEnd is required: the last day of observation of every summary and score.");
        }

        if (!Enum.IsDefined(options.Period))
        {
            errors.Add(Invariant($"Period must be a defined TimePeriod, but was {(int)options.Period}."));
        }

        if (!Enum.IsDefined(options.Unit))
        {
            errors.Add(Invariant($"Unit must be a defined TimePeriod, but was {(int)options.Unit}."));
        }

        if (options.PartitionCount is < 1 or > MaxPartitions)
        {
            errors.Add(Invariant($"PartitionCount must be between 1 and {MaxPartitions}, but was {options.PartitionCount}."));
        }

        if (string.IsNullOrWhiteSpace(options.StorageName))
        {
            errors.Add("StorageName must name a grain storage provider registered on the silo (for example with AddAdoNetGrainStorage).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(Describe(errors));
    }

    private static string Describe(List<string> errors)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The CustomerValue grain options are invalid ({errors.Count} {(errors.Count == 1 ? "problem" : "problems")}):");
        foreach (string error in errors)
        {
            text.AppendLine().Append("- ").Append(error);
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
