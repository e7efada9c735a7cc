#!/usr/bin/env perl
# Writes a tiny GeoIP country database for tst_geoip, so the tests never depend on a
# downloaded (and changing) real database.
#
#   make-test-mmdb.pl OUTPUT LAYOUT [VARIANT]
#     LAYOUT   maxmind     country.iso_code (GeoLite2/GeoIP2 Country)
#              iplocation  country_code (ip-location-db)
#     VARIANT  ipv6        IPv6 tree, ::ffff:0:0/96 aliased to the IPv4 subtree (MaxMind's
#                          own databases; the default)
#              ipv6-noalias  IPv6 tree without the alias (how ip-location-db ships)
#              ipv4        IPv4-only tree
#
# Needs MaxMind::DB::Writer (Debian: libmaxmind-db-writer-perl, see installer/setup-deps.sh).
use strict;
use warnings;

use MaxMind::DB::Writer::Tree;

my ($output, $layout, $variant) = @ARGV;
$variant //= 'ipv6';
die "usage: $0 OUTPUT maxmind|iplocation [ipv6|ipv6-noalias|ipv4]\n"
    unless defined $output && defined $layout
    && $layout =~ /^(?:maxmind|iplocation)$/
    && $variant =~ /^(?:ipv6|ipv6-noalias|ipv4)$/;

my $ipv4 = $variant eq 'ipv4';
my %types = (
    country            => 'map',
    registered_country => 'map',
    continent          => 'map',
    iso_code           => 'utf8_string',
    country_code       => 'utf8_string',
    code               => 'utf8_string',
);

my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version            => $ipv4 ? 4 : 6,
    record_size           => 24,
    database_type         => $layout eq 'maxmind' ? 'RayCstr-Test-Country' : 'country',
    languages             => ['en'],
    description           => { en => 'RayCstr test database' },
    # The test networks are documentation ranges, which the writer drops by default.
    remove_reserved_networks => 0,
    alias_ipv6_to_ipv4    => $variant eq 'ipv6' ? 1 : 0,
    map_key_type_callback => sub { $types{ $_[0] } },
);

sub country {
    my ($code) = @_;
    return $layout eq 'maxmind' ? { country => { iso_code => $code } } : { country_code => $code };
}

$tree->insert_network('81.2.69.0/24',   country('GB'));
$tree->insert_network('203.0.113.0/24', country('JP'));
# Only the registered country is known (MaxMind does this for some anycast ranges).
$tree->insert_network('198.51.100.0/24', { registered_country => { iso_code => 'FR' } });
# A record without any country: the lookup succeeds but the answer is unknown.
$tree->insert_network('192.0.2.0/24', { continent => { code => 'EU' } });
$tree->insert_network('2001:db8:1::/48', country('DE')) unless $ipv4;

open my $fh, '>:raw', $output or die "cannot write $output: $!\n";
$tree->write_tree($fh);
close $fh or die "cannot write $output: $!\n";
