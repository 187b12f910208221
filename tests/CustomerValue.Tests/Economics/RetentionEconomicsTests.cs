using CustomerValue.Economics;
using Xunit.Abstractions;

namespace CustomerValue.Tests.Economics;

/// <summary>The "acquire or retain" calculator, checked against hand computations and the seed 003 case of docs/retention-economics.md.</summary>
public sealed class RetentionEconomicsTests(ITestOutputHelper output)
{
    // Seed 003: 250,000 customers won for 120 million while 210,000 were lost. Margin, retention and discount rates are the
    // documentation's illustrative assumptions: 300 a year, 80 %, 10 %.
    private static readonly RetentionEconomicsInputs Seed003AsItHappened = new()
    {
        AcquisitionSpend = 120_000_000,
        CustomersWon = 250_000,
        CustomersLost = 210_000,
        MarginPerCustomerPerPeriod = 300,
        RetentionRate = 0.80,
        DiscountRate = 0.10,
    };

    [Fact]
    public void Seed_003_as_it_happened()
    {
        RetentionEconomicsResult r = RetentionEconomics.Calculate(Seed003AsItHappened);
        Print(r);
        Assert.Equal(480, r.CostPerAcquiredCustomer!.Value, 9);
        Assert.Null(r.CostPerRetainedCustomer);
        Assert.Null(r.AcquisitionToRetentionCostRatio);
        Assert.Equal(1100, r.CustomerValue, 9); // 300 · 1.1 / 0.3
        Assert.Equal(231_000_000, r.ValueOfLostCustomers, 3);
        Assert.Equal(275_000_000, r.ValueOfCustomersWon, 3);
        Assert.Equal(40_000, r.NetCustomerChange);
        Assert.Equal(-76_000_000, r.NetValueChange, 3); // 40,000 · 1100 − 120 M
        Assert.Equal((275.0 - 120) / 120, r.AcquisitionRoi!.Value, 12);
        Assert.Equal(r.AcquisitionRoi, r.MarketingRoi);
        Assert.Null(r.RetentionRoi);

        // +5 points: 300 · 1.1 / 0.25 = 1320, +220 per customer, +20 %.
        Assert.Equal(0.85, r.ImprovedRetentionRate, 15);
        Assert.Equal(1320, r.CustomerValueAtImprovedRetention, 9);
        Assert.Equal(220, r.CustomerValueChange, 9);
        Assert.Equal(20, r.CustomerValueChangePercent!.Value, 9);
        RetentionEconomicsResult loyal = RetentionEconomics.Calculate(Seed003AsItHappened with { RetentionRate = 0.90 });
        Assert.Equal(1650, loyal.CustomerValue, 9);
        Assert.Equal(2200, loyal.CustomerValueAtImprovedRetention, 9);
        Assert.Equal(100.0 / 3, loyal.CustomerValueChangePercent!.Value, 9);

        // The general manager's proposal: a third of the budget, 40 M, on existing customers must keep 36,364 of them to pay.
        Assert.Equal(40_000_000 / 1100.0, r.CustomersToKeepToBreakEven(40_000_000)!.Value, 9);
    }

    [Fact]
    public void Seed_003_with_a_third_of_the_budget_moved_to_retention()
    {
        RetentionEconomicsResult r = RetentionEconomics.Calculate(Seed003AsItHappened with
        {
            AcquisitionSpend = 80_000_000,
            CustomersWon = 166_667,
            RetentionSpend = 40_000_000,
            CustomersKept = 100_000,
            CustomersLost = 110_000,
        });
        Print(r);
        Assert.Equal(80_000_000 / 166_667.0, r.CostPerAcquiredCustomer!.Value, 9);
        Assert.Equal(400, r.CostPerRetainedCustomer!.Value, 9);
        Assert.Equal(80_000_000 / 166_667.0 / 400, r.AcquisitionToRetentionCostRatio!.Value, 12);
        Assert.Equal(110_000_000, r.BreakEvenRetentionSpend, 3);
        Assert.Equal(1100, r.BreakEvenRetentionSpendPerCustomer, 9);
        Assert.Equal(1.75, r.RetentionRoi!.Value, 12); // (110 M − 40 M)/40 M
        Assert.Equal(56_667, r.NetCustomerChange);
        Assert.Equal((56_667 * 1100.0) - 120_000_000, r.NetValueChange, 3);
        Assert.Equal(((266_667 * 1100.0) - 120_000_000) / 120_000_000, r.MarketingRoi!.Value, 12);
    }

    [Fact]
    public void Timing_and_horizon_follow_the_relationship_value_conventions()
    {
        var inputs = new RetentionEconomicsInputs { MarginPerCustomerPerPeriod = 100, RetentionRate = 0.8, DiscountRate = 0.1, Timing = PaymentTiming.FirstPaymentInOnePeriod };
        RetentionEconomicsResult deferred = RetentionEconomics.Calculate(inputs);
        Assert.Equal(800 / 3.0, deferred.CustomerValue, 9); // 100 · 0.8 / 0.3 = 266.67
        Assert.Equal(340, deferred.CustomerValueAtImprovedRetention, 9); // 100 · 0.85 / 0.25
        Assert.Equal(27.5, deferred.CustomerValueChangePercent!.Value, 9);
        Assert.Equal(212.41, RetentionEconomics.Calculate(inputs with { HorizonPeriods = 5 }).CustomerValue, 0.005);
        Assert.Equal(100 + (80 / 1.1) + (64 / 1.21), RetentionEconomics.Calculate(inputs with { Timing = PaymentTiming.FirstPaymentNow, HorizonPeriods = 3 }).CustomerValue, 9);
    }

    [Fact]
    public void Ratios_without_a_denominator_are_null_and_rounding_at_the_top_is_forgiven()
    {
        RetentionEconomicsResult r = RetentionEconomics.Calculate(new RetentionEconomicsInputs { RetentionRate = 0.7, RetentionChange = 0.3, DiscountRate = 0.1 });
        Assert.Null(r.CostPerAcquiredCustomer);
        Assert.Null(r.AcquisitionRoi);
        Assert.Null(r.MarketingRoi);
        Assert.Null(r.CustomerValueChangePercent); // margin 0: every customer is worth 0
        Assert.Null(r.CustomersToKeepToBreakEven(1000));
        Assert.Equal(1.0, r.ImprovedRetentionRate);
    }

    [Fact]
    public void Invalid_inputs_are_all_reported_at_once_with_field_and_value()
    {
        var bad = new RetentionEconomicsInputs
        {
            AcquisitionSpend = -5,
            CustomersWon = -1,
            MarginPerCustomerPerPeriod = double.NaN,
            RetentionRate = 1.2,
            DiscountRate = -0.1,
            HorizonPeriods = 0,
        };
        IReadOnlyList<string> errors = bad.Validate();
        output.WriteLine(string.Join(Environment.NewLine, errors));
        Assert.Equal(6, errors.Count);
        var e = Assert.Throws<ArgumentException>(() => RetentionEconomics.Calculate(bad));
        Assert.Equal("inputs", e.ParamName);
        foreach (string fragment in new[] { "AcquisitionSpend", "-5", "CustomersWon", "MarginPerCustomerPerPeriod", "NaN", "RetentionRate", "1.2", "DiscountRate", "-0.1", "HorizonPeriods" })
        {
            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        }

        Assert.Contains("outside [0, 1]", Assert.Single(new RetentionEconomicsInputs { RetentionRate = 0.98, DiscountRate = 0.1 }.Validate()), StringComparison.Ordinal);
        Assert.Contains("diverges", Assert.Single(new RetentionEconomicsInputs { RetentionRate = 0.95, RetentionChange = 0.05 }.Validate()), StringComparison.Ordinal);
        Assert.Empty(new RetentionEconomicsInputs { RetentionRate = 0.95, RetentionChange = 0.05, HorizonPeriods = 10 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => RetentionEconomics.Calculate(Seed003AsItHappened).CustomersToKeepToBreakEven(-1));
    }

    private void Print(RetentionEconomicsResult r) =>
        output.WriteLine(
            $"cost/acquired {r.CostPerAcquiredCustomer:F2}, cost/retained {r.CostPerRetainedCustomer:F2}, CLV {r.CustomerValue:F2}, lost value {r.ValueOfLostCustomers:F0}, " +
            $"net customers {r.NetCustomerChange}, net value {r.NetValueChange:F0}, +Δr {r.CustomerValueChangePercent:F2} %, ROI acq {r.AcquisitionRoi:F4} ret {r.RetentionRoi:F4} all {r.MarketingRoi:F4}");
}
