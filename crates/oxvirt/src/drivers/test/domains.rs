//! The test driver's domains: listing, lookup and information.

use super::state::ObjState;
use super::{check_flags, test_error, TestDriver};
use crate::driver::{
    Call, ControlInfo, DomainDriver, DomainId, DomainInfo, FsInfo, ParamsAnswer, TypedParam,
    VcpuInfo,
};
use crate::error::Result;
use oxvirt_abi::{virDomainState, virErrorNumber};

pub(super) fn state_matches(flags: u32, o: &ObjState) -> bool {
    let (active, persistent, state) = (o.active(), o.persistent, o.state);
    use oxvirt_abi::virConnectListAllDomainsFlags as F;
    let f = |x: F| flags & x as u32 != 0;
    if (f(F::VIR_CONNECT_LIST_DOMAINS_ACTIVE) || f(F::VIR_CONNECT_LIST_DOMAINS_INACTIVE))
        && !((f(F::VIR_CONNECT_LIST_DOMAINS_ACTIVE) && active)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_INACTIVE) && !active))
    {
        return false;
    }
    if (f(F::VIR_CONNECT_LIST_DOMAINS_PERSISTENT) || f(F::VIR_CONNECT_LIST_DOMAINS_TRANSIENT))
        && !((f(F::VIR_CONNECT_LIST_DOMAINS_PERSISTENT) && persistent)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_TRANSIENT) && !persistent))
    {
        return false;
    }
    let running = state == virDomainState::VIR_DOMAIN_RUNNING as i32;
    let paused = state == virDomainState::VIR_DOMAIN_PAUSED as i32;
    let shutoff = state == virDomainState::VIR_DOMAIN_SHUTOFF as i32;
    let any_state = f(F::VIR_CONNECT_LIST_DOMAINS_RUNNING)
        || f(F::VIR_CONNECT_LIST_DOMAINS_PAUSED)
        || f(F::VIR_CONNECT_LIST_DOMAINS_SHUTOFF)
        || f(F::VIR_CONNECT_LIST_DOMAINS_OTHER);
    if any_state
        && !((f(F::VIR_CONNECT_LIST_DOMAINS_RUNNING) && running)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_PAUSED) && paused)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_SHUTOFF) && shutoff)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_OTHER) && !running && !paused && !shutoff))
    {
        return false;
    }
    // Each pair of filters: a domain matches when neither is asked for,
    // or the one that describes it is.
    let pair = |has: F, no: F, it: bool| !(f(has) || f(no)) || (f(has) && it) || (f(no) && !it);
    pair(
        F::VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE,
        F::VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE,
        o.managed_save,
    ) && pair(
        F::VIR_CONNECT_LIST_DOMAINS_AUTOSTART,
        F::VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART,
        o.autostart,
    ) && pair(
        F::VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT,
        F::VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT,
        o.snapshots.len() > 0,
    ) && pair(
        F::VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT,
        F::VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT,
        o.checkpoints.count() > 0,
    )
}

impl DomainDriver for TestDriver {
    fn num_of_domains(&self, _cx: &Call) -> Result<usize> {
        Ok(self.domains().by_id.len())
    }
    fn list_domain_ids(&self, _cx: &Call) -> Result<Vec<i32>> {
        let mut ids: Vec<i32> = self.domains().by_id.keys().copied().collect();
        ids.sort_unstable();
        Ok(ids)
    }
    fn num_of_defined_domains(&self, _cx: &Call) -> Result<usize> {
        Ok(self
            .domains()
            .by_name
            .values()
            .filter(|d| d.run().0 < 0)
            .count())
    }
    fn list_defined_domain_names(&self, _cx: &Call) -> Result<Vec<String>> {
        let mut v: Vec<String> = self
            .domains()
            .by_name
            .iter()
            .filter(|(_, d)| d.run().0 < 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        Ok(v)
    }
    fn list_all_domains(&self, cx: &Call, flags: u32) -> Result<Vec<DomainId>> {
        // Every filter of virConnectListAllDomainsFlags (bits 0 to 15).
        check_flags(cx, flags, 0xffff)?;
        let mut v: Vec<DomainId> = self
            .domains()
            .by_name
            .values()
            .filter_map(|d| {
                let o = d.lock();
                state_matches(flags, &o).then(|| o.ident())
            })
            .collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(v)
    }
    fn domain_lookup_by_id(&self, _cx: &Call, id: i32) -> Result<DomainId> {
        self.domains()
            .by_id
            .get(&id)
            .map(|d| d.id())
            .ok_or_else(|| test_error(virErrorNumber::VIR_ERR_NO_DOMAIN, None))
    }
    fn domain_lookup_by_name(&self, _cx: &Call, name: &str) -> Result<DomainId> {
        self.domains()
            .by_name
            .get(name)
            .map(|d| d.id())
            .ok_or_else(|| test_error(virErrorNumber::VIR_ERR_NO_DOMAIN, None))
    }
    fn domain_lookup_by_uuid(&self, _cx: &Call, uuid: &[u8; 16]) -> Result<DomainId> {
        self.domains()
            .by_uuid
            .get(uuid)
            .map(|d| d.id())
            .ok_or_else(|| test_error(virErrorNumber::VIR_ERR_NO_DOMAIN, None))
    }
    fn domain_get_info(&self, _cx: &Call, dom: &DomainId) -> Result<DomainInfo> {
        let obj = self.obj(dom)?;
        let (def, state) = {
            let o = obj.lock();
            (o.def.clone(), o.state)
        };
        let now_ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_micros() as u64 * 1000)
            .unwrap_or(0);
        Ok(DomainInfo {
            state: state as u8,
            max_mem_kib: def.memory_kib,
            memory_kib: def.current_memory_kib,
            // The online vCPUs, as libvirt's virDomainDefGetVcpus.
            nr_virt_cpu: def.vcpu.current.unwrap_or(def.vcpus) as u16,
            cpu_time_ns: now_ns,
        })
    }
    fn domain_get_state(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<(i32, i32)> {
        check_flags(cx, flags, 0)?;
        let (_, state, reason) = self.obj(dom)?.run();
        Ok((state, reason))
    }
    fn domain_get_xml_desc(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<String> {
        use oxvirt_abi::virDomainXMLFlags as X;
        check_flags(
            cx,
            flags,
            X::VIR_DOMAIN_XML_SECURE as u32
                | X::VIR_DOMAIN_XML_INACTIVE as u32
                | X::VIR_DOMAIN_XML_MIGRATABLE as u32,
        )?;
        let obj = self.obj(dom)?;
        let (def, id, cached) = {
            let o = obj.lock();
            let (def, id) = match (&o.new_def, flags & X::VIR_DOMAIN_XML_INACTIVE as u32 != 0) {
                // The persistent definition of a running domain.
                (Some(new_def), true) => (new_def.clone(), -1),
                (_, true) => (o.def.clone(), -1),
                (_, false) => (o.def.clone(), o.id),
            };
            let cached = o.xml_cache.as_ref().and_then(|c| c.get(&def, id, flags));
            (def, id, cached)
        };
        if let Some(text) = cached {
            return Ok(text.to_string());
        }
        let fcx = crate::conf::domain::FormatCtx {
            inactive: flags & X::VIR_DOMAIN_XML_INACTIVE as u32 != 0,
            secure: flags & X::VIR_DOMAIN_XML_SECURE as u32 != 0,
            migratable: flags & X::VIR_DOMAIN_XML_MIGRATABLE as u32 != 0,
        };
        // Formatting happens after the domain's lock is let go.
        let text = def.format_with((id >= 0).then_some(id), &fcx);
        obj.lock().xml_cache = Some(super::xml_cache::XmlCache::new(
            def,
            id,
            flags,
            std::sync::Arc::from(text.as_str()),
        ));
        Ok(text)
    }
    fn domain_get_os_type(&self, _cx: &Call, dom: &DomainId) -> Result<String> {
        // libvirt's test driver answers "linux" whatever the definition says.
        self.obj(dom)?;
        Ok("linux".into())
    }
    fn domain_get_max_memory(&self, _cx: &Call, dom: &DomainId) -> Result<u64> {
        Ok(self.obj(dom)?.def().memory_kib)
    }
    fn domain_is_active(&self, _cx: &Call, dom: &DomainId) -> Result<bool> {
        Ok(self.obj(dom)?.run().0 >= 0)
    }
    fn domain_is_persistent(&self, _cx: &Call, dom: &DomainId) -> Result<bool> {
        Ok(self.obj(dom)?.lock().persistent)
    }
    fn domain_is_updated(&self, _cx: &Call, dom: &DomainId) -> Result<bool> {
        self.obj(dom)?;
        Ok(false)
    }
    // Tuning lives in tuning.rs.
    fn domain_get_scheduler_type(&self, cx: &Call, dom: &DomainId) -> Result<(String, i32)> {
        self.scheduler_type(cx, dom)
    }
    fn domain_get_scheduler_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<TypedParam>> {
        self.get_scheduler_params(cx, dom, flags)
    }
    fn domain_set_scheduler_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        self.set_scheduler_params(cx, dom, params, flags)
    }
    fn domain_get_vcpus_flags(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<i32> {
        self.get_vcpus_flags(cx, dom, flags)
    }
    fn domain_get_max_vcpus(&self, cx: &Call, dom: &DomainId) -> Result<i32> {
        self.get_max_vcpus(cx, dom)
    }
    fn domain_set_vcpus(
        &self,
        cx: &Call,
        dom: &DomainId,
        nvcpus: u32,
        flags: Option<u32>,
    ) -> Result<()> {
        self.set_vcpus(cx, dom, nvcpus, flags)
    }
    fn domain_get_vcpus(
        &self,
        cx: &Call,
        dom: &DomainId,
        maxinfo: usize,
        maplen: usize,
    ) -> Result<Vec<VcpuInfo>> {
        self.get_vcpus(cx, dom, maxinfo, maplen)
    }
    fn domain_pin_vcpu(
        &self,
        cx: &Call,
        dom: &DomainId,
        vcpu: u32,
        cpumap: &[u8],
        flags: u32,
    ) -> Result<()> {
        self.pin_vcpu(cx, dom, vcpu, cpumap, flags)
    }
    fn domain_get_vcpu_pin_info(
        &self,
        cx: &Call,
        dom: &DomainId,
        ncpumaps: usize,
        maplen: usize,
        flags: u32,
    ) -> Result<Vec<Vec<u8>>> {
        self.get_vcpu_pin_info(cx, dom, ncpumaps, maplen, flags)
    }
    fn domain_pin_emulator(
        &self,
        cx: &Call,
        dom: &DomainId,
        cpumap: &[u8],
        flags: u32,
    ) -> Result<()> {
        self.pin_emulator(cx, dom, cpumap, flags)
    }
    fn domain_get_emulator_pin_info(
        &self,
        cx: &Call,
        dom: &DomainId,
        maplen: usize,
        flags: u32,
    ) -> Result<(i32, Vec<u8>)> {
        self.get_emulator_pin_info(cx, dom, maplen, flags)
    }
    // End of tuning.
    // Memory tunables, perf events and the guest clock live in tunables.rs.
    // Interface parameters and addresses live in interfaces.rs.
    fn domain_get_interface_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        device: Option<&str>,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        self.get_interface_params(cx, dom, device, nparams, flags)
    }
    fn domain_set_interface_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        device: Option<&str>,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        self.set_interface_params(cx, dom, device, params, flags)
    }
    fn domain_interface_addresses(
        &self,
        cx: &Call,
        dom: &DomainId,
        source: u32,
        flags: u32,
    ) -> Result<Vec<crate::driver::hypervisor::domain::GuestInterface>> {
        self.interface_addresses(cx, dom, source, flags)
    }
    fn domain_get_memory_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        self.get_memory_params(cx, dom, nparams, flags)
    }
    fn domain_set_memory_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        self.set_memory_params(cx, dom, params, flags)
    }
    fn domain_get_blkio_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        self.get_blkio_params(cx, dom, nparams, flags)
    }
    fn domain_set_blkio_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        self.set_blkio_params(cx, dom, params, flags)
    }
    fn domain_get_numa_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        self.get_numa_params(cx, dom, nparams, flags)
    }
    fn domain_set_numa_parameters(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        self.set_numa_params(cx, dom, params, flags)
    }
    fn domain_get_iothread_info(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<crate::driver::hypervisor::IoThreadInfo>> {
        self.get_iothread_info(cx, dom, flags)
    }
    fn domain_add_iothread(&self, cx: &Call, dom: &DomainId, id: u32, flags: u32) -> Result<()> {
        self.add_iothread(cx, dom, id, flags)
    }
    fn domain_del_iothread(&self, cx: &Call, dom: &DomainId, id: u32, flags: u32) -> Result<()> {
        self.del_iothread(cx, dom, id, flags)
    }
    fn domain_pin_iothread(
        &self,
        cx: &Call,
        dom: &DomainId,
        id: u32,
        cpumap: &[u8],
        flags: u32,
    ) -> Result<()> {
        self.pin_iothread(cx, dom, id, cpumap, flags)
    }
    fn domain_set_iothread_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        id: u32,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        self.set_iothread_params(cx, dom, id, params, flags)
    }
    fn domain_get_block_io_tune(
        &self,
        cx: &Call,
        dom: &DomainId,
        disk: Option<&str>,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        self.get_block_io_tune(cx, dom, disk, nparams, flags)
    }
    fn domain_set_block_io_tune(
        &self,
        cx: &Call,
        dom: &DomainId,
        disk: &str,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        self.set_block_io_tune(cx, dom, disk, params, flags)
    }
    fn domain_get_perf_events(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<TypedParam>> {
        self.get_perf_events(cx, dom, flags)
    }
    fn domain_set_perf_events(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        self.set_perf_events(cx, dom, params, flags)
    }
    fn domain_get_control_info(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<ControlInfo> {
        self.get_control_info(cx, dom, flags)
    }
    fn domain_get_time(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<(i64, u32)> {
        self.get_time(cx, dom, flags)
    }
    fn domain_set_time(
        &self,
        cx: &Call,
        dom: &DomainId,
        seconds: i64,
        nseconds: u32,
        flags: u32,
    ) -> Result<()> {
        self.set_time(cx, dom, seconds, nseconds, flags)
    }
    // End of tunables.
    // The life cycle lives in lifecycle.rs.
    fn domain_define_xml(&self, cx: &Call, xml: &str, flags: u32) -> Result<DomainId> {
        self.define_xml(cx, xml, flags)
    }
    fn domain_undefine(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<()> {
        self.undefine(cx, dom, flags)
    }
    fn domain_create_xml(&self, cx: &Call, xml: &str, flags: u32) -> Result<DomainId> {
        self.create_xml(cx, xml, flags)
    }
    fn domain_create(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Option<i32>> {
        self.create(cx, dom, flags)
    }
    // libvirt's test driver takes the descriptors and ignores them,
    // serving these calls with its plain create functions.
    fn domain_create_with_files(
        &self,
        cx: &Call,
        dom: &DomainId,
        _files: &[i32],
        flags: u32,
    ) -> Result<Option<i32>> {
        self.create(&cx.serving_as("virDomainCreateWithFlags"), dom, flags)
    }
    fn domain_create_xml_with_files(
        &self,
        cx: &Call,
        xml: &str,
        _files: &[i32],
        flags: u32,
    ) -> Result<DomainId> {
        self.domain_create_xml(&cx.serving_as("virDomainCreateXML"), xml, flags)
    }
    fn domain_destroy(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Option<i32>> {
        self.destroy(cx, dom, flags)
    }
    fn domain_shutdown(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Option<i32>> {
        self.shutdown(cx, dom, flags)
    }
    fn domain_reboot(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Option<i32>> {
        self.reboot(cx, dom, flags)
    }
    fn domain_reset(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<()> {
        self.reset(cx, dom, flags)
    }
    fn domain_suspend(&self, cx: &Call, dom: &DomainId) -> Result<()> {
        self.suspend(cx, dom)
    }
    fn domain_resume(&self, cx: &Call, dom: &DomainId) -> Result<()> {
        self.resume(cx, dom)
    }
    fn domain_get_autostart(&self, cx: &Call, dom: &DomainId) -> Result<bool> {
        self.get_autostart(cx, dom)
    }
    fn domain_set_autostart(&self, cx: &Call, dom: &DomainId, autostart: bool) -> Result<()> {
        self.set_autostart(cx, dom, autostart)
    }
    fn domain_set_memory(&self, cx: &Call, dom: &DomainId, kib: u64) -> Result<()> {
        self.set_current_memory(cx, dom, kib)
    }
    fn domain_set_max_memory(&self, cx: &Call, dom: &DomainId, kib: u64) -> Result<()> {
        self.set_max_memory(cx, dom, kib)
    }
    fn domain_set_memory_flags(
        &self,
        cx: &Call,
        dom: &DomainId,
        kib: u64,
        flags: u32,
    ) -> Result<()> {
        self.set_memory_flags(cx, dom, kib, flags)
    }
    fn domain_set_memory_stats_period(
        &self,
        cx: &Call,
        dom: &DomainId,
        period: i32,
        flags: u32,
    ) -> Result<()> {
        self.set_memory_stats_period(cx, dom, period, flags)
    }
    fn domain_has_managed_save_image(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<bool> {
        self.has_managed_save_image(cx, dom, flags)
    }

    // Saving, restoring and dumps live in save.rs.
    fn domain_save(
        &self,
        cx: &Call,
        dom: &DomainId,
        to: &str,
        dxml: Option<&str>,
        flags: u32,
    ) -> Result<Option<i32>> {
        self.save(cx, dom, to, dxml, flags)
    }
    fn domain_restore(&self, cx: &Call, from: &str, dxml: Option<&str>, flags: u32) -> Result<()> {
        self.restore(cx, from, dxml, flags)
    }
    fn domain_save_image_get_xml_desc(&self, cx: &Call, file: &str, flags: u32) -> Result<String> {
        self.save_image_get_xml_desc(cx, file, flags)
    }
    fn domain_save_image_define_xml(
        &self,
        cx: &Call,
        file: &str,
        dxml: &str,
        flags: u32,
    ) -> Result<()> {
        self.save_image_define_xml(cx, file, dxml, flags)
    }
    fn domain_managed_save(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Option<i32>> {
        self.managed_save(cx, dom, flags)
    }
    fn domain_managed_save_remove(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<()> {
        self.managed_save_remove(cx, dom, flags)
    }
    fn domain_core_dump(
        &self,
        cx: &Call,
        dom: &DomainId,
        to: &str,
        format: u32,
        flags: u32,
    ) -> Result<Option<i32>> {
        self.core_dump(cx, dom, to, format, flags)
    }

    // Guest information and requests live in info.rs.
    fn domain_get_hostname(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<String> {
        self.get_hostname(cx, dom, flags)
    }
    fn domain_set_user_password(
        &self,
        cx: &Call,
        dom: &DomainId,
        user: &str,
        password: &str,
        flags: u32,
    ) -> Result<()> {
        self.set_user_password(cx, dom, user, password, flags)
    }
    fn domain_inject_nmi(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<()> {
        self.inject_nmi(cx, dom, flags)
    }
    fn domain_send_process_signal(
        &self,
        cx: &Call,
        dom: &DomainId,
        pid: i64,
        signum: u32,
        flags: u32,
    ) -> Result<()> {
        self.send_process_signal(cx, dom, pid, signum, flags)
    }
    fn domain_send_key(
        &self,
        cx: &Call,
        dom: &DomainId,
        codeset: u32,
        _holdtime: u32,
        keycodes: &[u32],
        flags: u32,
    ) -> Result<()> {
        self.send_key(cx, dom, codeset, keycodes, flags)
    }
    fn domain_screenshot(
        &self,
        cx: &Call,
        dom: &DomainId,
        screen: u32,
        flags: u32,
    ) -> Result<(String, std::sync::Arc<dyn crate::driver::StreamDriver>)> {
        super::screenshot::screenshot(cx, dom, screen, flags)
    }
    // Metadata, names and security (metadata.rs).

    fn domain_get_metadata(
        &self,
        cx: &Call,
        dom: &DomainId,
        kind: i32,
        uri: Option<&str>,
        flags: u32,
    ) -> Result<String> {
        self.get_metadata(cx, dom, kind, uri, flags)
    }
    fn domain_set_metadata(
        &self,
        cx: &Call,
        dom: &DomainId,
        kind: i32,
        metadata: Option<&str>,
        key: Option<&str>,
        uri: Option<&str>,
        flags: u32,
    ) -> Result<()> {
        self.set_metadata(cx, dom, kind, metadata, key, uri, flags)
    }
    fn domain_rename(&self, cx: &Call, dom: &DomainId, new_name: &str, flags: u32) -> Result<()> {
        self.rename(cx, dom, new_name, flags)
    }
    fn domain_set_lifecycle_action(
        &self,
        cx: &Call,
        dom: &DomainId,
        kind: u32,
        action: u32,
        flags: u32,
    ) -> Result<()> {
        self.set_lifecycle_action(cx, dom, kind, action, flags)
    }
    fn domain_get_messages(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Vec<String>> {
        self.get_messages(cx, dom, flags)
    }
    fn domain_get_security_label(&self, cx: &Call, dom: &DomainId) -> Result<(String, bool)> {
        self.get_security_label(cx, dom)
    }
    // Guest file systems and disks (guest.rs).

    fn domain_fs_freeze(
        &self,
        cx: &Call,
        dom: &DomainId,
        mountpoints: &[&str],
        flags: u32,
    ) -> Result<i32> {
        self.fs_set_frozen(cx, dom, mountpoints, true, flags)
    }
    fn domain_fs_thaw(
        &self,
        cx: &Call,
        dom: &DomainId,
        mountpoints: &[&str],
        flags: u32,
    ) -> Result<i32> {
        self.fs_set_frozen(cx, dom, mountpoints, false, flags)
    }
    fn domain_fs_trim(
        &self,
        cx: &Call,
        dom: &DomainId,
        mountpoint: Option<&str>,
        _minimum: u64,
        flags: u32,
    ) -> Result<()> {
        self.fs_trim(cx, dom, mountpoint, flags)
    }
    fn domain_get_fs_info(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Vec<FsInfo>> {
        self.fs_info(cx, dom, flags)
    }
    fn domain_get_disk_errors(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<(String, i32)>> {
        self.disk_errors(cx, dom, flags)
    }
    fn domain_get_launch_security_info(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<TypedParam>> {
        self.launch_security_info(cx, dom, flags)
    }
    // Statistics (stats.rs).

    fn domain_memory_stats(
        &self,
        cx: &Call,
        dom: &DomainId,
        nr: u32,
        flags: u32,
    ) -> Result<Vec<(i32, u64)>> {
        self.memory_stats(cx, dom, nr, flags)
    }
    fn domain_block_stats(&self, cx: &Call, dom: &DomainId, disk: &str) -> Result<[i64; 5]> {
        self.block_stats(cx, dom, disk)
    }
    fn domain_get_block_info(
        &self,
        cx: &Call,
        dom: &DomainId,
        disk: &str,
        flags: u32,
    ) -> Result<(u64, u64, u64)> {
        self.block_info(cx, dom, disk, flags)
    }
    fn domain_memory_peek(
        &self,
        cx: &Call,
        dom: &DomainId,
        start: u64,
        size: usize,
        flags: u32,
    ) -> Result<Vec<u8>> {
        self.memory_peek(cx, dom, start, size, flags)
    }
    fn domain_get_cpu_stats(
        &self,
        cx: &Call,
        dom: &DomainId,
        nparams: u32,
        start_cpu: i32,
        ncpus: u32,
        flags: u32,
    ) -> Result<(i32, Vec<(usize, TypedParam)>)> {
        self.cpu_stats(cx, dom, nparams, start_cpu, ncpus, flags)
    }
    fn get_all_domain_stats(
        &self,
        cx: &Call,
        doms: Option<&[DomainId]>,
        stats: u32,
        flags: u32,
    ) -> Result<Vec<(DomainId, Vec<TypedParam>)>> {
        self.all_domain_stats(cx, doms, stats, flags)
    }
    fn domain_interface_stats(&self, cx: &Call, dom: &DomainId, device: &str) -> Result<[i64; 8]> {
        self.interface_stats(cx, dom, device)
    }
}
