package org.embargomonitor.seizures.seizure;

/** What kind of weapon, ammunition or component an item is (domain.md, "Seizure records"). */
public enum ItemCategory {
    PISTOL_REVOLVER, RIFLE_CARBINE, ASSAULT_RIFLE, SHOTGUN, SUB_MACHINE_GUN, LIGHT_MACHINE_GUN, HEAVY_MACHINE_GUN,
    GRENADE_LAUNCHER, ROCKET_LAUNCHER, MORTAR, MANPADS, ATGW, AMMUNITION, EXPLOSIVE, IED_COMPONENT, UAV, OTHER
}
