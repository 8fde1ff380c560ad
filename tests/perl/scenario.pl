# Debian's prebuilt Sys::Virt on test:///default; run.sh runs it on the C
# library and on ours and compares the transcripts.
# Usage: perl scenario.pl EXPECTED_LIBDIR|system
use strict;
use warnings;
use Cwd qw(realpath);
use Sys::Virt;

my $want = $ARGV[0] eq "system" ? "/usr/lib" : realpath($ARGV[0]);
open(my $maps, "<", "/proc/self/maps") or die "maps: $!";
my @libs = map { (split)[-1] } grep { m{/libvirt\.so\.0} } <$maps>;
die "libvirt.so.0 not loaded" unless @libs;
for my $l (@libs) {
    die "loaded $l, expected a library under $want\n" unless index(realpath($l), $want) == 0;
}

my $c = Sys::Virt->new(uri => "test:///default");
print "type ", $c->get_type(), " host ", $c->get_hostname(), " uri ", $c->get_uri(), "\n";
print "version ", $c->get_version(), " lib ", $c->get_library_version(), "\n";
my $n = $c->get_node_info();
print "node ", join(",", map { "$_=$n->{$_}" } sort keys %$n), "\n";
print "ids ", join(",", $c->list_domain_ids(10)), " defined ", $c->num_of_defined_domains(), "\n";
for my $d ($c->list_all_domains()) {
    my $i = $d->get_info();
    print "dom ", $d->get_name(), " id ", $d->get_id(), " uuid ", $d->get_uuid_string(),
        " state ", $i->{state}, " mem ", $i->{memory}, "/", $i->{maxMem}, " vcpu ", $i->{nrVirtCpu},
        " os ", $d->get_os_type(), " active ", $d->is_active(), "\n";
    print $d->get_xml_description();
}
print $c->get_capabilities();
for my $case (["no such domain", sub { $c->get_domain_by_name("nope") }],
              ["no such id", sub { $c->get_domain_by_id(42) }],
              ["unknown uuid", sub { $c->get_domain_by_uuid("00000000-0000-0000-0000-000000000000") }]) {
    eval { $case->[1]->() };
    print "$case->[0]: ", ($@ ? "error " . $@->code . " " . $@->domain . " " . $@->message : "no error"), "\n";
}
