using System.Globalization;

namespace CustomerValue.Segmentation;

/// <summary>Settings of the <see cref="KMeansStrategy"/>.</summary>
/// <remarks>Immutable and thread-safe; every value is validated on creation and on <c>with</c>.</remarks>
public sealed record KMeansOptions
{
    /// <summary>The defaults.</summary>
    public static KMeansOptions Default { get; } = new();

    /// <summary>The number of clusters, or null to choose it by the mean silhouette over <see cref="MinClusters"/>..<see cref="MaxClusters"/>.</summary>
    /// <value>Defaults to null.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int? Clusters
    {
        get;
        init
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(Clusters), value, "The number of clusters must be 1 or more.");
            }

            field = value;
        }
    }

    /// <summary>The smallest k tried when choosing k.</summary>
    /// <value>Defaults to 2.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 2.</exception>
    public int MinClusters
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2);
            field = value;
        }
    } = 2;

    /// <summary>The largest k tried when choosing k (fewer when there are fewer customers).</summary>
    /// <value>Defaults to 8.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 2.</exception>
    public int MaxClusters
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2);
            field = value;
        }
    } = 8;

    /// <summary>The seed of the k-means++ seeding: the same seed and customers give the same clusters.</summary>
    /// <value>Defaults to 20240101.</value>
    public int Seed { get; init; } = 20_240_101;

    /// <summary>Independent k-means++ starts per k; the one with the lowest objective is kept.</summary>
    /// <value>Defaults to 4.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int Restarts
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 4;

    /// <summary>The most Lloyd iterations per start; a start stops earlier when no customer changes cluster.</summary>
    /// <value>Defaults to 300.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxIterations
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 300;

    /// <summary>Whether each attribute is standardised to mean 0 and standard deviation 1 first (an attribute without spread becomes 0).</summary>
    /// <value>Defaults to true.</value>
    public bool Standardize { get; init; } = true;

    /// <summary>
    /// The silhouette is computed on at most this many customers (every ⌈n / size⌉-th in natural id order), since it costs
    /// O(n²).
    /// </summary>
    /// <value>Defaults to 2,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 2.</exception>
    public int SilhouetteSampleSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2);
            field = value;
        }
    } = 2_000;

    internal void Validate()
    {
        if (MaxClusters < MinClusters)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"MaxClusters ({MaxClusters}) must be at least MinClusters ({MinClusters})."));
        }
    }
}
